// A ticket: one record number for a guest's conversation, with its SLA clock and owner.
import { z } from 'zod';
import { Channel, EscalationReason, Language, Priority, Stage, Topic } from './taxonomy.ts';
import { TeamKey } from './routing.ts';
import { CloseReason, Compensation, ComplaintRecord, RootCauseId } from './ticket-workflow.ts';
import { SlaClock, SlaClocks, TicketStatus } from './sla-clock.ts';
import { Direction, MessageKind, PublicRating, PublicSource, StayDates, Visibility } from './message.ts';
import { MAX_NAME_CHARS, MAX_TEXT_CHARS, MAX_URL_CHARS } from './limits.ts';
import { Classification } from './classification/classification-schema.ts';
import { GuestLinkReason } from './guest-link-reason.ts';

export { TicketStatus };

const isoDateTime = z.iso.datetime({ offset: true });

/** Record numbers are read out on the phone: a letter, a dash and digits ("K-1042"). */
export const RecordNumber = z.string().regex(/^K-\d{4,}$/, 'a record number looks like K-1042');
export type RecordNumber = z.infer<typeof RecordNumber>;

export function formatRecordNumber(sequence: number): string {
  return `K-${String(sequence).padStart(4, '0')}`;
}

/** The labels an agent can correct on a ticket (PATCH /v1/tickets/:recordNumber). */
export const CorrectableField = z.enum(['language', 'topic', 'stage', 'priority', 'escalation', 'team']);
export type CorrectableField = z.infer<typeof CorrectableField>;

export const CsatScore = z.number().int().min(1).max(5);

/** The guest's 1-5 answer to a closing message's satisfaction question. */
export const TicketCsat = z.object({
  score: CsatScore,
  /** The guest message that gave the score. */
  messageId: z.uuid(),
  answeredAt: isoDateTime,
});
export type TicketCsat = z.infer<typeof TicketCsat>;

export const Ticket = z.object({
  id: z.uuid(),
  recordNumber: RecordNumber,
  channel: Channel,
  conversationId: z.string(),
  conversationTitle: z.string().max(MAX_NAME_CHARS).nullable(),
  conversationUrl: z.string().max(MAX_URL_CHARS).nullable(),
  guestName: z.string().max(MAX_NAME_CHARS).nullable(),
  guestHandle: z.string().max(MAX_NAME_CHARS).nullable(),
  status: TicketStatus,
  stage: Stage.nullable(),
  topic: Topic.nullable(),
  priority: Priority,
  escalation: z.array(EscalationReason),
  team: TeamKey.nullable(),
  ownerAgentId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  messageCount: z.number().int().nonnegative(),
  firstInboundAt: isoDateTime,
  lastInboundAt: isoDateTime,
  lastOutboundAt: isoDateTime.nullable(),
  firstResponseAt: isoDateTime.nullable(),
  awaitingSince: isoDateTime.nullable(),
  sla: SlaClock,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  closedAt: isoDateTime.nullable(),
  /** Opaque, increasing with every change: the cursor for pulling ticket changes. */
  changeSeq: z.string().regex(/^\d+$/),
  // Added with issues 3 and 4; optional so tickets cached before them still parse. The API
  // always sends them.
  /** The guest's language, from their latest messages (or an agent's correction). */
  language: Language.nullable().optional(),
  /** Labels an agent corrected: automatic relabelling keeps these. */
  correctedFields: z.array(CorrectableField).optional(),
  /** Unanswered-ticket escalation tiers reached (0: none; shared/routing.ts escalationStep). */
  escalationLevel: z.number().int().nonnegative().optional(),
  /** The guest record this ticket belongs to (one guest, one open ticket). */
  guestId: z.uuid().nullable().optional(),
  reservationNumber: z.string().max(MAX_NAME_CHARS).nullable().optional(),
  stay: StayDates.nullable().optional(),
  csat: TicketCsat.nullable().optional(),
  /** Every SLA clock the ticket runs (`sla` is the one the badge shows); null until recomputed. */
  clocks: SlaClocks.nullable().optional(),
  // Added with issue 8 (optional, as above; the API always sends them).
  /** The root cause from the hotel's list, written before closing. */
  rootCause: RootCauseId.nullable().optional(),
  /** A complaint's incident, impact and expected fix; null until one part is written. */
  complaint: ComplaintRecord.nullable().optional(),
  /** Set when a coordinator closed it without a closing message. */
  closeReason: CloseReason.nullable().optional(),
  compensation: Compensation.nullable().optional(),
  /** How many times it was reopened after being resolved or closed. */
  reopenCount: z.number().int().nonnegative().optional(),
  resolvedAt: isoDateTime.nullable().optional(),
  // Added with issue 11 (optional, as above): a ticket a public comment or review opened or joined.
  /** Public once any guest message of it was written in public. */
  visibility: Visibility.optional(),
  /** The latest public guest message's source, author's public name, rating and link back. */
  publicSource: PublicSource.nullable().optional(),
  publicAuthor: z.string().max(MAX_NAME_CHARS).nullable().optional(),
  rating: PublicRating.nullable().optional(),
  publicUrl: z.string().max(MAX_URL_CHARS).nullable().optional(),
  /** A public comment or review opened it (its own conversation is public). */
  startedPublic: z.boolean().optional(),
  /**
   * The guest's first private message written after their first public one (issue 11): when, on
   * which channel, and why that conversation joined (its guest link's reason).
   */
  privateJoinedAt: isoDateTime.nullable().optional(),
  privateJoinChannel: Channel.nullable().optional(),
  privateJoinReason: GuestLinkReason.nullable().optional(),
});
export type Ticket = z.infer<typeof Ticket>;

/** A message as the API stores it. */
export const StoredMessage = z.object({
  id: z.uuid(),
  ticketId: z.uuid().nullable(),
  key: z.string(),
  channel: Channel,
  conversationId: z.string(),
  platformMessageId: z.string(),
  direction: Direction,
  senderName: z.string().nullable(),
  senderHandle: z.string().nullable(),
  sentAt: isoDateTime,
  capturedAt: isoDateTime,
  receivedAt: isoDateTime,
  text: z.string().max(MAX_TEXT_CHARS),
  agentId: z.uuid().nullable(),
  // Added with issue 3 (optional, as on Ticket).
  /** Inbound messages: what the classifier decided, with the cues that decided it. */
  classification: Classification.nullable().optional(),
  /** Outbound messages: true when it asks the guest the closing 1-5 satisfaction question. */
  asksCsat: z.boolean().optional(),
  /** Inbound messages: the 1-5 score this message gave in answer to that question. */
  csatScore: CsatScore.nullable().optional(),
  /**
   * Inbound messages (issue 8): false when it owes no reply: the classifier found a thank-you or
   * an emoji (`replyOwed`), or an agent marked it "no reply needed" (`noReplyNeededBy` set).
   */
  replyOwed: z.boolean().optional(),
  noReplyNeededBy: z.uuid().nullable().optional(),
  /** A photo, sticker, voice note or file (absent for text). */
  kind: MessageKind.optional(),
});
export type StoredMessage = z.infer<typeof StoredMessage>;
