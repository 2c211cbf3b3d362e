// Working a ticket to its close (issue 8): who owns it, what closing needs, compensation,
// internal notes and the ticket's history. The API is the only authority on every rule here;
// the extension parses its answers with these schemas and shows what the API decided.
import { z } from 'zod';
import { MAX_NAME_CHARS, MAX_PAGE_SIZE } from './limits.ts';
import { TeamKey } from './routing.ts';
import { Role } from './taxonomy.ts';

const isoDateTime = z.iso.datetime({ offset: true });
const NOTE_CHARS = 4_000;
const noteText = z.string().trim().min(1).max(NOTE_CHARS);

/** Why a coordinator closed a ticket without a closing message; reports count these apart. */
export const CloseReason = z.enum(['duplicate', 'spam', 'guest_unreachable']);
export type CloseReason = z.infer<typeof CloseReason>;

/**
 * What a close can lack. A refused close answers 409 `close_requirements_missing` whose
 * `issues[].path` are these keys, every missing one, and changes nothing:
 * - `closing_message`: no closing message (closing template, or a reply the API recognises as
 *   one) was sent after the guest's last message that owed a reply;
 * - `reply`: a guest message that owes a reply is unanswered;
 * - `root_cause`: no root cause from the hotel's list;
 * - `incident`, `impact`, `expected_fix`: a complaint's record (DOMAIN.md, "What a good reply
 *   looks like");
 * - `compensation_approval`: a compensation above the offering agent's limit awaits a supervisor.
 */
export const CloseRequirement = z.enum([
  'closing_message',
  'reply',
  'root_cause',
  'incident',
  'impact',
  'expected_fix',
  'compensation_approval',
]);
export type CloseRequirement = z.infer<typeof CloseRequirement>;

/** A root cause from the hotel's list: the department at fault and what went wrong. */
export const RootCauseId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'a root cause id is lower-case letters, digits, - and _');
export type RootCauseId = z.infer<typeof RootCauseId>;

export const RootCause = z
  .object({
    id: RootCauseId,
    department: TeamKey,
    cause: z.string().trim().min(1).max(MAX_NAME_CHARS),
    /** Retired causes stay on the tickets that used them but cannot be chosen any more. */
    active: z.boolean().default(true),
  })
  .strict();
export type RootCause = z.infer<typeof RootCause>;

/** A complaint's record; each part is set (or corrected) on its own. */
export const ComplaintRecord = z
  .object({
    incident: noteText.nullable(),
    impact: noteText.nullable(),
    expectedFix: noteText.nullable(),
  })
  .strict();
export type ComplaintRecord = z.infer<typeof ComplaintRecord>;

export const CompensationKind = z.enum(['discount', 'refund', 'voucher', 'upgrade', 'amenity', 'other']);
export type CompensationKind = z.infer<typeof CompensationKind>;

/** Money in the hotel's currency, to the cent. */
export const MoneyAmount = z
  .number()
  .positive()
  .max(1_000_000)
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'an amount has at most two decimals');

/**
 * `approved`: within the offering agent's limit, or approved by a supervisor: it may be offered
 * (and the complaint recovery template's blanks fill from it). `pending_approval`: above the
 * limit, waiting for a supervisor. `declined`: a supervisor said no.
 */
export const CompensationStatus = z.enum(['pending_approval', 'approved', 'declined']);
export type CompensationStatus = z.infer<typeof CompensationStatus>;

export const Compensation = z.object({
  amount: MoneyAmount,
  currency: z.string().regex(/^[A-Z]{3}$/),
  kind: CompensationKind,
  status: CompensationStatus,
  requestedBy: z.uuid(),
  requestedAt: isoDateTime,
  decidedBy: z.uuid().nullable(),
  decidedAt: isoDateTime.nullable(),
});
export type Compensation = z.infer<typeof Compensation>;

// POST /v1/tickets/:recordNumber/compensation — replaces the ticket's compensation. Answers the
// ticket; `compensation.status` says whether it may be offered now or waits for a supervisor.
export const CompensationRequest = z
  .object({ amount: MoneyAmount, kind: CompensationKind, note: noteText.optional() })
  .strict();
export type CompensationRequest = z.infer<typeof CompensationRequest>;

// POST /v1/tickets/:recordNumber/compensation/decision — supervisors only; 409 unless pending.
export const CompensationDecisionRequest = z
  .object({ approve: z.boolean(), note: noteText.optional() })
  .strict();
export type CompensationDecisionRequest = z.infer<typeof CompensationDecisionRequest>;

// POST /v1/tickets/:recordNumber/claim — no body: the caller takes a ticket nobody owns (or a
// coordinator, supervisor or the team's lead takes it from its owner). 409 when another agent
// owns it and the caller may not take it: ask for a hand-on.
//
// POST /v1/tickets/:recordNumber/assign — give the ticket to an agent (null: back to the team's
// queue), optionally moving it to another team. Allowed to the ticket's owner, the lead of its
// team, coordinators and supervisors. Handing on a ticket someone owns needs a note, kept as an
// internal note. Answers the ticket.
export const AssignRequest = z
  .object({
    agentId: z.uuid().nullable(),
    team: TeamKey.optional(),
    note: noteText.optional(),
  })
  .strict();
export type AssignRequest = z.infer<typeof AssignRequest>;

// POST /v1/tickets/:recordNumber/notes — an internal note: never sent to the guest.
export const NoteRequest = z.object({ text: noteText }).strict();
export type NoteRequest = z.infer<typeof NoteRequest>;

export const TicketNote = z.object({
  id: z.uuid(),
  agentId: z.uuid(),
  agentName: z.string(),
  text: z.string().max(NOTE_CHARS),
  createdAt: isoDateTime,
});
export type TicketNote = z.infer<typeof TicketNote>;

/** What a history entry changed. */
export const HistoryField = z.enum([
  'status',
  'owner',
  'team',
  'labels',
  'root_cause',
  'complaint',
  'close_reason',
  'compensation',
  'no_reply_needed',
  'note',
  // Issue 11: a coordinator joined a guest's private conversation to a public contact's record.
  'private_link',
]);
export type HistoryField = z.infer<typeof HistoryField>;

/** Who changed what, when. `agentId` null: Konuk itself (a guest message, the closing answer). */
export const HistoryEntry = z.object({
  id: z.uuid(),
  at: isoDateTime,
  agentId: z.uuid().nullable(),
  agentName: z.string().nullable(),
  field: HistoryField,
  /** The values as text (a status, an agent's name, a team key, an amount and kind). */
  from: z.string().nullable(),
  to: z.string().nullable(),
  note: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

// GET /v1/tickets/:recordNumber/history — oldest first.
export const HistoryResponse = z.object({ entries: z.array(HistoryEntry) });
export type HistoryResponse = z.infer<typeof HistoryResponse>;

// GET /v1/queues/:queue — the tickets that are not closed, most urgent first: breached, then due
// soon, then on track (least time left first), then paused. `mine`: the caller owns them;
// `team`: in a team the caller belongs to; `unassigned`: nobody owns them; `all`: coordinators
// and supervisors only (403 otherwise).
export const QueueName = z.enum(['mine', 'team', 'unassigned', 'all']);
export type QueueName = z.infer<typeof QueueName>;

export const QueueQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(100),
});
export type QueueQuery = z.infer<typeof QueueQuery>;

// POST /v1/messages/:messageId/no-reply-needed — marks a guest message as owing no reply (a
// thank-you, an emoji): its response clock stops, counted in reports. DELETE undoes it. The
// classifier marks thank-yous itself (classification.replyOwed false). Answers the ticket.

// GET /v1/agents — the hotel's agents with their teams, for assigning.
export const AgentSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  role: Role,
  teams: z.array(z.object({ team: TeamKey, lead: z.boolean() })),
});
export type AgentSummary = z.infer<typeof AgentSummary>;
export const AgentListResponse = z.object({ agents: z.array(AgentSummary) });
export type AgentListResponse = z.infer<typeof AgentListResponse>;

// GET /v1/teams; PUT /v1/teams/:key (coordinators and supervisors) creates or replaces a team
// and its members. A ticket's team is one of these keys.
export const TeamMember = z.object({ agentId: z.uuid(), lead: z.boolean().default(false) }).strict();
export type TeamMember = z.infer<typeof TeamMember>;

export const TeamUpdateRequest = z
  .object({
    name: z.string().trim().min(1).max(MAX_NAME_CHARS),
    members: z.array(TeamMember).max(500),
  })
  .strict();
export type TeamUpdateRequest = z.infer<typeof TeamUpdateRequest>;

export const TeamRecord = z.object({
  key: TeamKey,
  name: z.string(),
  members: z.array(z.object({ agentId: z.uuid(), name: z.string(), role: Role, lead: z.boolean() })),
});
export type TeamRecord = z.infer<typeof TeamRecord>;
export const TeamListResponse = z.object({ teams: z.array(TeamRecord) });
export type TeamListResponse = z.infer<typeof TeamListResponse>;
