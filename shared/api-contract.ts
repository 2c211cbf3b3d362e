// The central API's contract: every request and response body, shared by the server (which
// parses requests with these) and the extension (which parses responses with these).
import { z } from 'zod';
import { CapturedMessage, StayDates } from './message.ts';
import { StoredMessage, Ticket, TicketStatus } from './ticket.ts';
import { Channel, EscalationReason, Language, Priority, Role, Stage, Topic } from './taxonomy.ts';
import { MAX_BATCH_MESSAGES, MAX_ID_CHARS, MAX_NAME_CHARS, MAX_PAGE_SIZE, MAX_TEXT_CHARS } from './limits.ts';
import { NotifyTarget, TeamKey } from './routing.ts';
import {
  CloseReason,
  CloseRequirement,
  ComplaintRecord,
  HistoryEntry,
  QueueName,
  RootCauseId,
  TicketNote,
} from './ticket-workflow.ts';
import { ReplyTemplate } from './templates/template-schema.ts';
import { GuestLinkReason } from './guest-link-reason.ts';
import { storableDate, storableDateTime, storableStrings } from './storable-values.ts';

export const API_PREFIX = '/v1';

export const ApiError = z.object({
  error: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiError = z.infer<typeof ApiError>;

// POST /v1/messages/batch — idempotent: a message already stored (same key) is not stored again.
export const IngestRequest = z.object({
  messages: z.array(CapturedMessage).min(1).max(MAX_BATCH_MESSAGES),
});
export type IngestRequest = z.infer<typeof IngestRequest>;

export const IngestResult = z.object({
  key: z.string(),
  messageId: z.uuid(),
  ticketId: z.uuid().nullable(),
  recordNumber: z.string().nullable(),
  duplicate: z.boolean(),
});
export type IngestResult = z.infer<typeof IngestResult>;

export const IngestResponse = z.object({
  results: z.array(IngestResult),
  /** The current state of every ticket the batch touched. */
  tickets: z.array(Ticket),
});
export type IngestResponse = z.infer<typeof IngestResponse>;

// GET /v1/tickets — keyset pagination on changeSeq, which also serves "changes since".
const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).max(20));

export const TicketListQuery = z.object({
  status: csv(TicketStatus).optional(),
  channel: csv(Channel).optional(),
  conversationId: z.string().max(300).optional(),
  /** Return tickets whose changeSeq is greater than this cursor. */
  since: z.string().regex(/^\d+$/, 'since is a cursor returned by this endpoint').optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(100),
});
export type TicketListQuery = z.infer<typeof TicketListQuery>;

export const TicketListResponse = z.object({
  tickets: z.array(Ticket),
  /** Pass as `since` to continue; equals the request's `since` when nothing changed. */
  cursor: z.string().nullable(),
  hasMore: z.boolean(),
});
export type TicketListResponse = z.infer<typeof TicketListResponse>;

/** A platform conversation whose messages belong to a ticket. */
export const TicketConversation = z.object({ channel: Channel, conversationId: z.string() });
export type TicketConversation = z.infer<typeof TicketConversation>;

// GET /v1/tickets/:recordNumber
export const TicketDetailResponse = z.object({
  ticket: Ticket,
  messages: z.array(StoredMessage),
  /**
   * Every conversation joined to the ticket, its own first: one guest writing on a second
   * channel while the ticket is open joins it (issue 4). Optional: added with issue 4.
   */
  conversations: z.array(TicketConversation).optional(),
  // Issue 8 (optional, as above): the side panel's workspace in one request.
  notes: z.array(TicketNote).optional(),
  history: z.array(HistoryEntry).optional(),
  /** What a close would lack right now (empty: it can be closed). */
  closeMissing: z.array(CloseRequirement).optional(),
});
export type TicketDetailResponse = z.infer<typeof TicketDetailResponse>;

// PATCH /v1/tickets/:recordNumber — a status change and/or an agent's label corrections. A
// corrected label is kept: later messages relabel the ticket but never override it (except that
// an escalation reason first seen after the correction still raises the ticket).
export const TicketUpdateRequest = z
  .object({
    status: TicketStatus.optional(),
    language: Language.optional(),
    topic: Topic.optional(),
    stage: Stage.optional(),
    priority: Priority.optional(),
    escalation: z.array(EscalationReason).max(EscalationReason.options.length).optional(),
    team: TeamKey.optional(),
    // Issue 8. Closing: `{"status":"closed","rootCause":"<id>"}`; a close that lacks anything
    // answers 409 close_requirements_missing naming every missing part (ticket-workflow.ts
    // CloseRequirement) and changes nothing. `closeReason` (coordinators and supervisors only)
    // closes without a closing message. `pending_guest` (waiting for the guest) and `resolved`
    // need a reply sent first: 409 `reply`.
    rootCause: RootCauseId.optional(),
    closeReason: CloseReason.optional(),
    complaint: ComplaintRecord.partial().optional(),
  })
  .strict()
  .refine((update) => Object.values(update).some((value) => value !== undefined), {
    message:
      'send at least one of status, language, topic, stage, priority, escalation, team, rootCause, closeReason, complaint',
  });
export type TicketUpdateRequest = z.infer<typeof TicketUpdateRequest>;

const isoDateTime = z.iso.datetime({ offset: true });
/** An opaque increasing cursor returned by a list endpoint. */
const Cursor = z.string().regex(/^\d{1,18}$/, 'since is a cursor returned by this endpoint');
const flag = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean());

// POST /v1/tickets — a phone call logged by hand from the side panel: the ticket and its record
// number come back at once, so the agent can read the number to the guest on the call. A call
// from a number that already has an open ticket (or whose guest has one) joins that ticket.
export const PhoneCallRequest = storableStrings(
  z
    .object({
      channel: z.literal('phone').default('phone'),
      direction: z.literal('inbound').default('inbound'),
      guestName: z.string().trim().min(1).max(MAX_NAME_CHARS),
      /** Any common notation; stored as E.164 (+90 assumed for national Turkish numbers). */
      guestPhone: z.string().trim().min(1).max(40).optional(),
      /** What the guest said. */
      text: z.string().trim().min(1).max(MAX_TEXT_CHARS),
      reservationNumber: z.string().trim().min(1).max(MAX_NAME_CHARS).optional(),
      stay: StayDates.optional(),
      /** When the call came in; the time of the request when absent. */
      calledAt: storableDateTime.optional(),
      /** A client-generated id: sending the same call again logs it once. */
      callId: z.string().trim().min(1).max(MAX_ID_CHARS).optional(),
      /** What the agent told the guest on the call (the pre-confirmation): the first response. */
      reply: z.string().trim().min(1).max(MAX_TEXT_CHARS).optional(),
    })
    .strict(),
);
export type PhoneCallRequest = z.infer<typeof PhoneCallRequest>;

export const PhoneCallResponse = z.object({
  ticket: Ticket,
  messageId: z.uuid(),
  /** True when this callId was logged before (nothing new was stored). */
  duplicate: z.boolean(),
});
export type PhoneCallResponse = z.infer<typeof PhoneCallResponse>;

// GET /v1/notifications?since=&mine= — escalations for the extension to show. `escalation`: a
// ticket gained an escalation reason (told at once); `unanswered`: a ticket reached a tier of the
// unanswered-ticket ladder (team lead at 10 min, supervisor at 30 min by default).
export const NotificationKind = z.enum(['escalation', 'unanswered']);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const Notification = z.object({
  id: z.uuid(),
  kind: NotificationKind,
  ticketId: z.uuid(),
  recordNumber: z.string(),
  /** Who is told: everyone holding a role, or the lead of the ticket's team. */
  notify: NotifyTarget,
  team: TeamKey.nullable(),
  reasons: z.array(EscalationReason),
  /** The tier reached (unanswered), else 0. */
  level: z.number().int().nonnegative(),
  /** When it happened: the tier's time for `unanswered`, the message's arrival for `escalation`. */
  at: isoDateTime,
  /** True when `notify` names the caller's role (team leads are agents with the owner role). */
  forYou: z.boolean(),
  seq: z.string(),
});
export type Notification = z.infer<typeof Notification>;

// GET /v1/queues/:queue (ticket-workflow.ts QueueName), most urgent first.
export const QueueResponse = z.object({ queue: QueueName, tickets: z.array(Ticket) });
export type QueueResponse = z.infer<typeof QueueResponse>;

// Issue 8: GET /v1/notifications/inbox — one entry per ticket for the caller (its owner, the lead
// of its team, or the role told), the latest notification of each, unacknowledged ones only;
// POST /v1/notifications/inbox/:ticketId/acknowledge hides the entry until something new happens.
export const InboxEntry = z.object({
  ticketId: z.uuid(),
  recordNumber: z.string(),
  latest: z.lazy(() => Notification),
  /** How many notifications about the ticket came since the last acknowledgement. */
  count: z.number().int().positive(),
});
export type InboxEntry = z.infer<typeof InboxEntry>;
export const InboxResponse = z.object({ entries: z.array(InboxEntry) });
export type InboxResponse = z.infer<typeof InboxResponse>;

export const NotificationListQuery = z.object({
  since: Cursor.optional(),
  /** Only the notifications addressed to the caller's role. */
  mine: flag.default(false),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(100),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;

export const NotificationListResponse = z.object({
  notifications: z.array(Notification),
  /** Pass as `since` to continue; equals the request's `since` when nothing is new. */
  cursor: z.string().nullable(),
  hasMore: z.boolean(),
});
export type NotificationListResponse = z.infer<typeof NotificationListResponse>;

// Reply templates, per hotel; a hotel starts with shared/templates/starter-library.ts.
// GET /v1/templates; POST /v1/templates (new id; 409 if taken); PUT /v1/templates/:id (creates
// or replaces; the body's id must equal :id); DELETE /v1/templates/:id (204).
export const TemplateListResponse = z.object({ templates: z.array(ReplyTemplate) });
export type TemplateListResponse = z.infer<typeof TemplateListResponse>;
export const TemplateResponse = z.object({ template: ReplyTemplate });
export type TemplateResponse = z.infer<typeof TemplateResponse>;
/** The body of POST and PUT: a template the database can store. */
export const TemplateRequest = storableStrings(ReplyTemplate);

// GET /v1/reports/summary?from=YYYY-MM-DD&to=YYYY-MM-DD (coordinators and supervisors): days in
// the hotel's time zone, both included. Ticket figures count tickets opened in the period.
export const ReportQuery = z.object({ from: storableDate, to: storableDate });
export type ReportQuery = z.infer<typeof ReportQuery>;

const minutes = z.number().nonnegative().nullable();
const rate = z.number().min(0).max(1).nullable();

export const ReportSummary = z.object({
  timeZone: z.string(),
  from: z.iso.date(),
  to: z.iso.date(),
  channels: z.array(
    z.object({
      channel: Channel,
      /** Guest messages captured on the channel in the period. */
      messagesSeen: z.number().int().nonnegative(),
      /** ...of which are logged on a ticket (the difference is what Konuk failed to log). */
      messagesLogged: z.number().int().nonnegative(),
      ticketsOpened: z.number().int().nonnegative(),
      firstResponse: z.object({
        answered: z.number().int().nonnegative(),
        medianMinutes: minutes,
        p90Minutes: minutes,
      }),
      /** Tickets whose first response came after its SLA target (or has not come, past it). */
      breaches: z.number().int().nonnegative(),
    }),
  ),
  topics: z.array(
    z.object({
      topic: Topic,
      tickets: z.number().int().nonnegative(),
      resolved: z.number().int().nonnegative(),
      /** From the first guest message to resolution (or closing when never marked resolved). */
      resolution: z.object({ medianMinutes: minutes, p90Minutes: minutes }),
    }),
  ),
  tickets: z.number().int().nonnegative(),
  /** Share of the period's tickets that are resolved or closed. */
  resolutionRate: rate,
  /** Share of the resolved or closed ones the guest reopened by writing again. */
  reopenRate: rate,
  /** Share of the period's tickets that carry an escalation reason. */
  escalationRate: rate,
  csat: z.object({ responses: z.number().int().nonnegative(), average: z.number().nullable() }),
  // Issue 8 (optional: the API always sends them).
  /** The period's closed tickets: with a closing message, and by a coordinator's reason (apart). */
  closures: z
    .object({
      withClosingMessage: z.number().int().nonnegative(),
      byReason: z.record(CloseReason, z.number().int().nonnegative()),
    })
    .optional(),
  /** Guest messages that owed no reply: told by the classifier, or marked by an agent. */
  noReplyNeeded: z
    .object({ automatic: z.number().int().nonnegative(), marked: z.number().int().nonnegative() })
    .optional(),
  /** The period's closed tickets by root cause, most frequent first. */
  rootCauses: z
    .array(z.object({ rootCause: RootCauseId, tickets: z.number().int().nonnegative() }))
    .optional(),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

// Guests (issue 4): one guest's contacts on different channels link to one guest record, each
// link saying why it was made. GET /v1/guests/:id; merging and unmerging by hand are for
// coordinators and supervisors.
export { GuestLinkReason };

export const GuestLink = z.object({
  id: z.uuid(),
  /** The contact: one platform conversation. */
  channel: Channel,
  conversationId: z.string(),
  reason: GuestLinkReason,
  /** The reservation number, E.164 phone or e-mail the link was made on; null otherwise. */
  matchedOn: z.string().nullable(),
  reservationNumber: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  createdAt: isoDateTime,
});
export type GuestLink = z.infer<typeof GuestLink>;

export const Guest = z.object({
  id: z.uuid(),
  name: z.string().nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Guest = z.infer<typeof Guest>;

export const GuestDetailResponse = z.object({
  guest: Guest,
  links: z.array(GuestLink),
  tickets: z.array(Ticket),
});
export type GuestDetailResponse = z.infer<typeof GuestDetailResponse>;

// POST /v1/guests/:id/merge: the other guest's links and tickets move here (links become
// `manual`) and the other guest record is removed. Answers this guest's detail.
export const GuestMergeRequest = z.object({ otherGuestId: z.uuid() }).strict();
export type GuestMergeRequest = z.infer<typeof GuestMergeRequest>;

// POST /v1/guests/:id/unmerge: the link's contact leaves for a new guest record (link `manual`)
// with the tickets that began on it; automatic linking never moves it back.
export const GuestUnmergeRequest = z.object({ linkId: z.uuid() }).strict();
export type GuestUnmergeRequest = z.infer<typeof GuestUnmergeRequest>;

export const GuestUnmergeResponse = z.object({
  guest: GuestDetailResponse,
  separated: GuestDetailResponse,
});
export type GuestUnmergeResponse = z.infer<typeof GuestUnmergeResponse>;

// Selector packs (issue 4): a hotel's API serves newer selectors without a new release. Data
// only: strings, booleans, lists of strings and objects of those, never code.
export const PlatformId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, 'a platform id is lower-case letters, digits and dashes');
export type PlatformId = z.infer<typeof PlatformId>;

export const MAX_SELECTOR_PACK_BYTES = 64 * 1024;
const MAX_SELECTOR_DEPTH = 4;
const SelectorKey = z.string().min(1).max(100);
const SelectorString = z.string().max(2_000);

function selectorValue(depth: number): z.ZodType {
  const leaf = z.union([SelectorString, z.boolean(), z.array(SelectorString).max(100)]);
  return depth >= MAX_SELECTOR_DEPTH ? leaf : z.union([leaf, selectorObject(depth + 1)]);
}

function selectorObject(depth: number): z.ZodType<Record<string, unknown>> {
  return z.record(
    SelectorKey,
    z.lazy(() => selectorValue(depth)),
  );
}

export const SelectorPackData = selectorObject(1).refine(
  (data) => new TextEncoder().encode(JSON.stringify(data)).length <= MAX_SELECTOR_PACK_BYTES,
  `a selector pack is at most ${MAX_SELECTOR_PACK_BYTES} bytes of JSON`,
);
export type SelectorPackData = z.infer<typeof SelectorPackData>;

export const SelectorPack = z.object({
  platform: PlatformId,
  /** The pack's own version label (e.g. "2026-11-20"); the extension keeps the newest it saw. */
  version: z.string().trim().min(1).max(40),
  selectors: SelectorPackData,
  updatedAt: isoDateTime,
});
export type SelectorPack = z.infer<typeof SelectorPack>;

// GET /v1/selector-packs; PUT /v1/selector-packs/:platform (coordinators and supervisors).
export const SelectorPackListResponse = z.object({ packs: z.array(SelectorPack) });
export type SelectorPackListResponse = z.infer<typeof SelectorPackListResponse>;
export const SelectorPackUpdateRequest = storableStrings(
  z.object({ version: SelectorPack.shape.version, selectors: SelectorPackData }).strict(),
);
export type SelectorPackUpdateRequest = z.infer<typeof SelectorPackUpdateRequest>;

// Capture health (issue 4): POST /v1/capture-health from each agent's extension; GET for
// coordinators and supervisors: the latest state per agent and platform, with counts.
export const CaptureHealthReport = storableStrings(
  z
    .object({
      platform: PlatformId,
      ok: z.boolean(),
      /** Names and codes only, never page text. */
      problem: z.string().trim().min(1).max(500).optional(),
      /** Only the host: paths and queries may hold guest data. */
      pageUrlHost: z
        .string()
        .max(253)
        .regex(/^[a-z0-9.-]+$/i, 'pageUrlHost is a host name only, such as admin.booking.com')
        .optional(),
    })
    .strict(),
);
export type CaptureHealthReport = z.infer<typeof CaptureHealthReport>;

export const CaptureHealthEntry = z.object({
  agentId: z.uuid(),
  agentName: z.string(),
  platform: PlatformId,
  ok: z.boolean(),
  problem: z.string().nullable(),
  pageUrlHost: z.string().nullable(),
  reportedAt: isoDateTime,
  /** Every report this agent's extension sent for the platform, and how many told of a problem. */
  reports: z.number().int().nonnegative(),
  problemReports: z.number().int().nonnegative(),
  lastProblemAt: isoDateTime.nullable(),
});
export type CaptureHealthEntry = z.infer<typeof CaptureHealthEntry>;

export const CaptureHealthResponse = z.object({ entries: z.array(CaptureHealthEntry) });
export type CaptureHealthResponse = z.infer<typeof CaptureHealthResponse>;

// GET /v1/me — what the options page's "test connection" shows.
export const MeResponse = z.object({
  agent: z.object({ id: z.uuid(), name: z.string(), role: Role }),
  hotel: z.object({ id: z.uuid(), name: z.string(), timeZone: z.string() }),
});
export type MeResponse = z.infer<typeof MeResponse>;

// API tokens (issue 14), for coordinators and supervisors: GET /v1/tokens lists the hotel's
// tokens (never their secrets); POST /v1/tokens issues one for an agent (the secret is in the
// answer, once); DELETE /v1/tokens/:id revokes one (204). Revoked or expired tokens get 401.
export const ApiTokenInfo = z.object({
  id: z.uuid(),
  agentId: z.uuid(),
  agentName: z.string(),
  label: z.string().nullable(),
  createdAt: isoDateTime,
  expiresAt: isoDateTime.nullable(),
  revokedAt: isoDateTime.nullable(),
});
export type ApiTokenInfo = z.infer<typeof ApiTokenInfo>;

export const TokenListResponse = z.object({ tokens: z.array(ApiTokenInfo) });
export type TokenListResponse = z.infer<typeof TokenListResponse>;

export const TokenCreateRequest = storableStrings(
  z
    .object({
      agentId: z.uuid(),
      label: z.string().trim().min(1).max(MAX_NAME_CHARS).optional(),
      /** After this moment the token authenticates nobody. */
      expiresAt: storableDateTime.optional(),
    })
    .strict(),
);
export type TokenCreateRequest = z.infer<typeof TokenCreateRequest>;

export const TokenCreateResponse = z.object({ token: z.string(), info: ApiTokenInfo });
export type TokenCreateResponse = z.infer<typeof TokenCreateResponse>;
