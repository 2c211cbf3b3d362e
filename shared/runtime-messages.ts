// The extension's internal protocol: what content scripts, extension pages and the background
// worker send each other through browser.runtime / browser.tabs messaging. Every receiver parses
// with these schemas; a page can influence a content script, so nothing is trusted unparsed.
import { z } from 'zod';
import { CapturedMessage, StayDates } from './message.ts';
import { SlaClock, TicketStatus } from './sla-clock.ts';
import { MAX_BATCH_MESSAGES, MAX_ID_CHARS } from './limits.ts';
import { Language, Stage, Topic } from './taxonomy.ts';
import { ReplyTemplate } from './templates/template-schema.ts';

/** How far a captured message has got. `unlogged` is only ever a content script's own state. */
export const LoggedState = z.enum(['unlogged', 'stored', 'synced']);
export type LoggedState = z.infer<typeof LoggedState>;

/** The slice of a ticket a badge shows. */
export const BadgeTicket = z.object({
  id: z.string(),
  recordNumber: z.string(),
  status: TicketStatus,
  sla: SlaClock,
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
export const SyncNowRequest = z.object({ type: z.literal('konuk/sync-now') });
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
});
export type ReplyTicket = z.infer<typeof ReplyTicket>;

export const TemplatesReply = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    /** `starter`: the shared starter library, while the API is not configured or never answered. */
    source: z.enum(['hotel', 'starter']),
    templates: z.array(ReplyTemplate),
    hotelName: z.string().nullable(),
    agentName: z.string().nullable(),
    ticket: ReplyTicket.nullable(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type TemplatesReply = z.infer<typeof TemplatesReply>;

// extension pages -> background: the options page edits the hotel's templates through the API.
export const TemplateSaveRequest = z.object({
  type: z.literal('konuk/template-save'),
  template: ReplyTemplate,
  /** A new template is created (refused if its id is taken); otherwise it replaces its id's. */
  isNew: z.boolean(),
});
export type TemplateSaveRequest = z.infer<typeof TemplateSaveRequest>;

export const TemplateDeleteRequest = z.object({
  type: z.literal('konuk/template-delete'),
  id: z.string().min(1).max(100),
});
export type TemplateDeleteRequest = z.infer<typeof TemplateDeleteRequest>;

/** The hotel's templates after the change, or why the API did not take it. */
export const TemplateChangeReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), templates: z.array(ReplyTemplate) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type TemplateChangeReply = z.infer<typeof TemplateChangeReply>;

export const RuntimeRequest = z.discriminatedUnion('type', [
  CaptureRequest,
  HealthReport,
  SyncNowRequest,
  TestConnectionRequest,
  TemplatesRequest,
  TemplateSaveRequest,
  TemplateDeleteRequest,
]);
export type RuntimeRequest = z.infer<typeof RuntimeRequest>;
