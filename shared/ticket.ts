// A ticket: one record number for a guest's conversation, with its SLA clock and owner.
import { z } from 'zod';
import { Channel, EscalationReason, Priority, Stage, Team, Topic } from './taxonomy.ts';
import { SlaClock, TicketStatus } from './sla-clock.ts';
import { Direction } from './message.ts';
import { MAX_NAME_CHARS, MAX_TEXT_CHARS, MAX_URL_CHARS } from './limits.ts';

export { TicketStatus };

const isoDateTime = z.iso.datetime({ offset: true });

/** Record numbers are read out on the phone: a letter, a dash and digits ("K-1042"). */
export const RecordNumber = z.string().regex(/^K-\d{4,}$/, 'a record number looks like K-1042');
export type RecordNumber = z.infer<typeof RecordNumber>;

export function formatRecordNumber(sequence: number): string {
  return `K-${String(sequence).padStart(4, '0')}`;
}

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
  team: Team.nullable(),
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
});
export type StoredMessage = z.infer<typeof StoredMessage>;
