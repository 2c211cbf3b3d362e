// The extension's internal protocol: what content scripts, extension pages and the background
// worker send each other through browser.runtime / browser.tabs messaging. Every receiver parses
// with these schemas; a page can influence a content script, so nothing is trusted unparsed.
import { z } from 'zod';
import { CapturedMessage, StayDates } from './message.ts';
import { SlaClock, TicketStatus } from './sla-clock.ts';
import { MAX_BATCH_MESSAGES, MAX_ID_CHARS } from './limits.ts';
import { Channel, EscalationReason, Language, Priority, Stage, Topic } from './taxonomy.ts';
import { TeamKey } from './routing.ts';
import {
  AssignRequest,
  CloseReason,
  CompensationDecisionRequest,
  CompensationRequest,
  ComplaintRecord,
  NoteRequest,
  RootCauseId,
} from './ticket-workflow.ts';
import { RecordNumber, Ticket } from './ticket.ts';
import { ConnectionSwitch } from './connection-switch.ts';
import { OfferedTemplate, ReplyTemplate } from './templates/template-schema.ts';
import { ClassifyInput } from './classification/classification-schema.ts';
import { PhoneCallRequest, PlatformId, SelectorPackData } from './api-contract.ts';

/** How far a captured message has got. `unlogged` is only ever a content script's own state. */
export const LoggedState = z.enum(['unlogged', 'stored', 'synced']);
export type LoggedState = z.infer<typeof LoggedState>;

/** The slice of a ticket a badge shows. */
export const BadgeTicket = z.object({
  id: z.string(),
  recordNumber: z.string(),
  status: TicketStatus,
  sla: SlaClock,
  /** For the platform's own clock on the badge (shared/platform-clocks.ts); optional, issue 10. */
  channel: Channel.optional(),
  awaitingSince: z.iso.datetime({ offset: true }).nullable().optional(),
  lastInboundAt: z.iso.datetime({ offset: true }).optional(),
  /** A public ticket runs no platform clock until the guest writes in private (issue 11). */
  visibility: z.enum(['public', 'private']).optional(),
  privateJoinedAt: z.iso.datetime({ offset: true }).nullable().optional(),
});
export type BadgeTicket = z.infer<typeof BadgeTicket>;

export const MessageState = z.object({
  key: z.string(),
  /** `stored`: persisted in the extension's database and queued; `synced`: the API holds it. */
  logged: z.enum(['stored', 'synced']),
  ticketId: z.string().nullable(),
  /** Before the API has answered, the clock the extension computed from the default policy. */
  provisionalSla: SlaClock.nullable(),
});
export type MessageState = z.infer<typeof MessageState>;

// content script -> background
export const CaptureRequest = z.object({
  type: z.literal('konuk/capture'),
  messages: z.array(CapturedMessage).min(1).max(MAX_BATCH_MESSAGES),
});
export type CaptureRequest = z.infer<typeof CaptureRequest>;

export const CaptureReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), messages: z.array(MessageState), tickets: z.array(BadgeTicket) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type CaptureReply = z.infer<typeof CaptureReply>;

// background -> content scripts (browser.tabs.sendMessage), after every sync
export const StatePush = z.object({
  type: z.literal('konuk/state'),
  messages: z.array(MessageState),
  tickets: z.array(BadgeTicket),
});
export type StatePush = z.infer<typeof StatePush>;

// content script -> background: "Konuk cannot read this page" reports (issue 4 capture health)
export const HealthReport = z.object({
  type: z.literal('konuk/health'),
  platform: z.string().max(50),
  ok: z.boolean(),
  problem: z.string().max(500).optional(),
});
export type HealthReport = z.infer<typeof HealthReport>;

// extension pages -> background
export const SyncNowRequest = z.object({
  type: z.literal('konuk/sync-now'),
  /** Put the parked messages back in the queue first (the popup's retry; extension pages only). */
  retryParked: z.boolean().optional(),
  /** Answer with the switch of server or hotel this sync made, once (the options page's Save). */
  reportSwitch: z.boolean().optional(),
});
export const SyncNowReply = z.object({ ok: z.boolean(), switched: ConnectionSwitch.nullable().optional() });
export type SyncNowReply = z.infer<typeof SyncNowReply>;
export const TestConnectionRequest = z.object({
  type: z.literal('konuk/test-connection'),
  apiUrl: z.url({ protocol: /^https?$/ }),
  token: z.string().min(1).max(500),
});
export type TestConnectionRequest = z.infer<typeof TestConnectionRequest>;

export const TestConnectionReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), agentName: z.string(), hotelName: z.string() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type TestConnectionReply = z.infer<typeof TestConnectionReply>;

// content scripts and extension pages -> background: the hotel's reply templates (issue 3). The
// background holds the token, so only it talks to the API; a tab gets templates, never the token.
export const TemplatesRequest = z.object({
  type: z.literal('konuk/templates'),
  /** The conversation (shared/message.ts conversationKey) whose ticket fills the reply. */
  conversationKey: z
    .string()
    .max(2 * MAX_ID_CHARS)
    .optional(),
  ticketId: z.string().max(MAX_ID_CHARS).optional(),
  /** The guest message being answered: the background classifies it, so pages never load the classifier. */
  message: ClassifyInput.optional(),
  /** Ask the API now instead of answering from the cache (extension pages only). */
  refresh: z.boolean().optional(),
});
export type TemplatesRequest = z.infer<typeof TemplatesRequest>;

/** What the extension knows of the conversation's ticket, to rank and fill suggestions. */
export const ReplyTicket = z.object({
  recordNumber: z.string(),
  guestName: z.string().nullable(),
  language: Language.nullable(),
  topic: Topic.nullable(),
  stage: Stage.nullable(),
  stay: StayDates.nullable(),
  awaitingFirstReply: z.boolean(),
  /** Resolved: the fix is done, so the closing message fits (issue 10). */
  status: TicketStatus.optional(),
  /** From when a complaint owes an interim update (its resolution target passed); null: none owed. */
  interimUpdateOwedFrom: z.iso.datetime({ offset: true }).nullable().optional(),
});
export type ReplyTicket = z.infer<typeof ReplyTicket>;

/** What a guest message is about, as the suggestion panel ranks by it. */
export const MessageLabels = z.object({ language: Language, topic: Topic, stage: Stage });
export type MessageLabels = z.infer<typeof MessageLabels>;

export const TemplatesReply = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    /** `starter`: the shared starter library, while the API is not configured or never answered. */
    source: z.enum(['hotel', 'starter']),
    /** The hotel's templates, then the agent's own (`personal`), which are offered after them. */
    templates: z.array(OfferedTemplate),
    /** Whether this agent may change the hotel's templates (coordinators and supervisors). */
    canEditHotel: z.boolean().optional(),
    hotelName: z.string().nullable(),
    agentName: z.string().nullable(),
    ticket: ReplyTicket.nullable(),
    /** What the request's message is about, when it sent one with words in it. */
    classified: MessageLabels.nullable(),
    /** The hotel's language for guests whose language has no template; null: English. */
    fallbackLanguage: Language.nullable().optional(),
    /** The hotel's time zone (issue 9: when a stay's check-out was); null until the API told. */
    hotelTimeZone: z.string().nullable().optional(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type TemplatesReply = z.infer<typeof TemplatesReply>;

// extension pages -> background: the options page edits templates through the API, the hotel's
// (coordinators) or, with `personal`, the agent's own.
export const TemplateSaveRequest = z.object({
  type: z.literal('konuk/template-save'),
  template: ReplyTemplate,
  /** A new template is created (refused if its id is taken); otherwise it replaces its id's. */
  isNew: z.boolean(),
  personal: z.boolean().optional(),
});
export type TemplateSaveRequest = z.infer<typeof TemplateSaveRequest>;

export const TemplateDeleteRequest = z.object({
  type: z.literal('konuk/template-delete'),
  id: z.string().min(1).max(100),
  personal: z.boolean().optional(),
});
export type TemplateDeleteRequest = z.infer<typeof TemplateDeleteRequest>;

/** The templates after the change (as TemplatesReply lists them), or why the API did not take it. */
export const TemplateChangeReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), templates: z.array(OfferedTemplate) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type TemplateChangeReply = z.infer<typeof TemplateChangeReply>;

// content script <-> background: selector packs (issue 4). Data only; the content script checks
// a pack with its adapter's own schema again before it reads a page with it.
export const RemoteSelectorPack = z.object({
  version: z.string().trim().min(1).max(40),
  selectors: SelectorPackData,
});
export type RemoteSelectorPack = z.infer<typeof RemoteSelectorPack>;

export const SelectorPackRequest = z.object({
  type: z.literal('konuk/selector-pack'),
  platform: PlatformId,
  /** Ask the API for newer packs first (throttled): the page cannot be read with the current one. */
  refresh: z.boolean().optional(),
});
export type SelectorPackRequest = z.infer<typeof SelectorPackRequest>;

/** `pack: null`: no valid pack from the API, the built-in one stays in use. */
export const SelectorPackReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), pack: RemoteSelectorPack.nullable() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type SelectorPackReply = z.infer<typeof SelectorPackReply>;

// background -> content scripts, when a newer valid pack arrived from the API
export const SelectorPackPush = z.object({
  type: z.literal('konuk/selector-pack-update'),
  platform: PlatformId,
  pack: RemoteSelectorPack,
});
export type SelectorPackPush = z.infer<typeof SelectorPackPush>;

// content script -> background: whether the open conversation can be read (issue 4 capture
// health). Sent when that changes; names and codes only, never page text.
export const PageHealthProblem = z.enum(['no_messages_read', 'fields_missing']);
export type PageHealthProblem = z.infer<typeof PageHealthProblem>;

export const PageHealthReport = z.object({
  type: z.literal('konuk/page-health'),
  platform: PlatformId,
  readable: z.boolean(),
  problem: PageHealthProblem.optional(),
  /** The fields that failed validation, by name. */
  detail: z.string().max(300).optional(),
  /** The selector pack in use: its version, or "built-in". */
  packVersion: z.string().max(40),
});
export type PageHealthReport = z.infer<typeof PageHealthReport>;

// extension pages -> background: a phone call logged by hand from the side panel. It is stored
// before the answer, so a call logged offline gets its record number when the API is reached.
export const LogPhoneCallRequest = z.object({
  type: z.literal('konuk/log-phone-call'),
  call: PhoneCallRequest.required({ callId: true }),
  /** The agent's topic label, set on the ticket once the call is logged (a label correction). */
  topic: Topic.optional(),
});
export type LogPhoneCallRequest = z.infer<typeof LogPhoneCallRequest>;

export const LogPhoneCallReply = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    callId: z.string(),
    /** `queued`: saved, waiting for the API; `refused`: the API said why in `error`. */
    state: z.enum(['logged', 'queued', 'refused']),
    recordNumber: z.string().nullable(),
    error: z.string().nullable(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type LogPhoneCallReply = z.infer<typeof LogPhoneCallReply>;

// extension pages -> background: fetch escalation notifications now (the side panel opened).
export const RefreshNotificationsRequest = z.object({ type: z.literal('konuk/refresh-notifications') });
export type RefreshNotificationsRequest = z.infer<typeof RefreshNotificationsRequest>;

// Issue 8, the agent's workspace. Extension pages ask the background to act on a ticket; the
// background holds the token, talks to the API and, when the API is away, keeps the action in a
// queue and says so. The API alone decides whether an action is allowed.
export const WorkspaceActionKind = z.enum([
  'claim',
  'assign',
  'status',
  'labels',
  'escalate',
  'note',
  'no_reply_needed',
  'compensation',
  'compensation_decision',
]);
export type WorkspaceActionKind = z.infer<typeof WorkspaceActionKind>;

export const WorkspaceAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('claim') }),
  AssignRequest.extend({ kind: z.literal('assign') }),
  z.object({
    kind: z.literal('status'),
    status: TicketStatus,
    rootCause: RootCauseId.optional(),
    closeReason: CloseReason.optional(),
    complaint: ComplaintRecord.partial().optional(),
  }),
  z.object({
    kind: z.literal('labels'),
    language: Language.optional(),
    topic: Topic.optional(),
    stage: Stage.optional(),
    priority: Priority.optional(),
    team: TeamKey.optional(),
    rootCause: RootCauseId.optional(),
    complaint: ComplaintRecord.partial().optional(),
  }),
  z.object({ kind: z.literal('escalate'), reasons: z.array(EscalationReason).min(1) }),
  NoteRequest.extend({ kind: z.literal('note') }),
  z.object({ kind: z.literal('no_reply_needed'), messageId: z.uuid(), undo: z.boolean().optional() }),
  // Nested: the request's own `kind` (discount, refund...) is not the action's.
  z.object({ kind: z.literal('compensation'), compensation: CompensationRequest }),
  CompensationDecisionRequest.extend({ kind: z.literal('compensation_decision') }),
]);
export type WorkspaceAction = z.infer<typeof WorkspaceAction>;

export const TicketActionRequest = z.object({
  type: z.literal('konuk/ticket-action'),
  recordNumber: RecordNumber,
  /** Client-generated: an action queued offline and sent twice is applied once. */
  actionId: z.uuid(),
  action: WorkspaceAction,
});
export type TicketActionRequest = z.infer<typeof TicketActionRequest>;

/** What the API said is missing for the change (a 409 names every missing part). */
export const MissingPart = z.object({ part: z.string().max(200), message: z.string().max(1000) });
export type MissingPart = z.infer<typeof MissingPart>;

export const TicketActionReply = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    /** `done`: the API took it; `queued`: saved, sent when the API is back; `refused`: see why. */
    state: z.enum(['done', 'queued', 'refused']),
    ticket: Ticket.nullable(),
    error: z.string().nullable(),
    missing: z.array(MissingPart),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type TicketActionReply = z.infer<typeof TicketActionReply>;

/** Actions waiting for the API, shown in the workspace as queued. */
export const QueuedTicketActionsRequest = z.object({
  type: z.literal('konuk/queued-ticket-actions'),
  recordNumber: RecordNumber.optional(),
});
export type QueuedTicketActionsRequest = z.infer<typeof QueuedTicketActionsRequest>;

export const QueuedTicketAction = z.object({
  actionId: z.uuid(),
  recordNumber: RecordNumber,
  action: WorkspaceAction,
  queuedAt: z.iso.datetime({ offset: true }),
  attempts: z.number().int().nonnegative(),
  /** Set when the API refused it after the wait: the agent must see that it did not happen. */
  refused: z.string().max(2000).nullable(),
  missing: z.array(MissingPart),
});
export type QueuedTicketAction = z.infer<typeof QueuedTicketAction>;

export const QueuedTicketActionsReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), actions: z.array(QueuedTicketAction) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type QueuedTicketActionsReply = z.infer<typeof QueuedTicketActionsReply>;

// content scripts (the badge) and extension pages (popup, notifications) -> background: open the
// workspace beside the page, on this ticket when one is named.
export const OpenWorkspaceRequest = z.object({
  type: z.literal('konuk/open-workspace'),
  recordNumber: RecordNumber.optional(),
});
export type OpenWorkspaceRequest = z.infer<typeof OpenWorkspaceRequest>;

// side panel -> background: which ticket belongs to the conversation in the active tab.
export const ActiveTicketRequest = z.object({ type: z.literal('konuk/active-ticket') });
export type ActiveTicketRequest = z.infer<typeof ActiveTicketRequest>;

export const ActiveTicketReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), recordNumber: RecordNumber.nullable() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type ActiveTicketReply = z.infer<typeof ActiveTicketReply>;

/** storage.session key (extension contexts only) naming the ticket the workspace should show. */
export const WORKSPACE_FOCUS_KEY = 'konukWorkspaceFocus';
export const WorkspaceFocus = z.object({ recordNumber: RecordNumber, at: z.number() });
export type WorkspaceFocus = z.infer<typeof WorkspaceFocus>;

export const RuntimeRequest = z.discriminatedUnion('type', [
  CaptureRequest,
  HealthReport,
  SyncNowRequest,
  TestConnectionRequest,
  TemplatesRequest,
  TemplateSaveRequest,
  TemplateDeleteRequest,
  SelectorPackRequest,
  PageHealthReport,
  LogPhoneCallRequest,
  RefreshNotificationsRequest,
  TicketActionRequest,
  QueuedTicketActionsRequest,
  OpenWorkspaceRequest,
  ActiveTicketRequest,
]);
export type RuntimeRequest = z.infer<typeof RuntimeRequest>;
