// Decides, without touching the database, what a batch does: which messages are new, which
// ticket each joins, which tickets it opens or reopens. The repository supplies what is already
// stored (under the conversations' locks) and writes the plan in a few set-based statements.
import { conversationKey, messageKey, type CapturedMessage } from '../../shared/message.ts';
import type { TicketStatus } from '../../shared/sla-clock.ts';

export interface StoredMessageRef {
  messageId: string;
  ticketId: string | null;
}

export interface ActiveTicketRef {
  ticketId: string;
  status: TicketStatus;
}

export interface PlannedMessage {
  id: string;
  key: string;
  ticketId: string | null;
  message: CapturedMessage;
}

/** What the batch changes on one ticket. Guest details are the latest ones inbound messages gave. */
export interface PlannedTicketChange {
  ticketId: string;
  opened: boolean;
  reopened: boolean;
  channel: CapturedMessage['channel'];
  conversationId: string;
  /** sentAt of the first new message joining the ticket (the opening one for a new ticket). */
  firstSentAt: string;
  addedMessages: number;
  guestName: string | null;
  guestHandle: string | null;
  conversationTitle: string | null;
  conversationUrl: string | null;
}

export interface PlannedResult extends StoredMessageRef {
  key: string;
  duplicate: boolean;
}

export interface IngestPlan {
  /** New messages in sentAt order. */
  messages: PlannedMessage[];
  tickets: PlannedTicketChange[];
  /** One per request message, in request order. */
  results: PlannedResult[];
}

export interface IngestPlanInput {
  batch: readonly CapturedMessage[];
  /** Messages of the batch already stored, by key. */
  stored: ReadonlyMap<string, StoredMessageRef>;
  /** The batch's conversations' tickets that are not closed, by conversationKey. */
  active: ReadonlyMap<string, ActiveTicketRef>;
  newId: () => string;
}

const REOPENED_BY_GUEST: ReadonlySet<TicketStatus> = new Set(['pending_guest', 'resolved']);

function bySentAt(batch: readonly CapturedMessage[]): number[] {
  const times = batch.map((m) => Date.parse(m.sentAt));
  return batch.map((_, index) => index).sort((a, b) => times[a]! - times[b]! || a - b);
}

function guestDetails(change: PlannedTicketChange, message: CapturedMessage): void {
  if (message.direction !== 'inbound') return;
  change.guestName = message.guestName ?? message.senderName ?? change.guestName;
  change.guestHandle = message.senderHandle ?? change.guestHandle;
  change.conversationTitle = message.conversationTitle ?? change.conversationTitle;
  change.conversationUrl = message.conversationUrl ?? change.conversationUrl;
}

export function planIngest({ batch, stored, active, newId }: IngestPlanInput): IngestPlan {
  const results: PlannedResult[] = new Array(batch.length);
  const messages: PlannedMessage[] = [];
  const seen = new Map<string, StoredMessageRef>(stored);
  const changes = new Map<string, PlannedTicketChange>();
  // Copies: the plan tracks reopening on its own refs, not on the caller's.
  const ticketOf = new Map([...active].map(([conversation, ref]) => [conversation, { ...ref }]));

  for (const index of bySentAt(batch)) {
    const message = batch[index]!;
    const key = messageKey(message);
    const known = seen.get(key);
    if (known) {
      results[index] = { key, ...known, duplicate: true };
      continue;
    }
    const conversation = conversationKey(message);
    let ticket = ticketOf.get(conversation);
    if (!ticket && message.direction === 'inbound') {
      ticket = { ticketId: newId(), status: 'open' };
      ticketOf.set(conversation, ticket);
      changes.set(ticket.ticketId, newChange(ticket.ticketId, message, true));
    }
    const ref: StoredMessageRef = { messageId: newId(), ticketId: ticket?.ticketId ?? null };
    seen.set(key, ref);
    results[index] = { key, ...ref, duplicate: false };
    messages.push({ id: ref.messageId, key, ticketId: ref.ticketId, message });
    if (!ticket) continue;

    let change = changes.get(ticket.ticketId);
    if (!change) {
      change = newChange(ticket.ticketId, message, false);
      changes.set(ticket.ticketId, change);
    }
    change.addedMessages += 1;
    guestDetails(change, message);
    if (message.direction === 'inbound' && REOPENED_BY_GUEST.has(ticket.status)) {
      ticket.status = 'open';
      change.reopened = true;
    }
  }
  return { messages, tickets: [...changes.values()], results };
}

function newChange(ticketId: string, first: CapturedMessage, opened: boolean): PlannedTicketChange {
  return {
    ticketId,
    opened,
    reopened: false,
    channel: first.channel,
    conversationId: first.conversationId,
    firstSentAt: first.sentAt,
    addedMessages: 0,
    guestName: null,
    guestHandle: null,
    conversationTitle: null,
    conversationUrl: null,
  };
}
