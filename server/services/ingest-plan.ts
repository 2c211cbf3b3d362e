// Decides, without touching the database, what a batch does: which messages are new, which
// ticket each joins, which tickets it opens or reopens. The repository supplies what is already
// stored (under the conversations' locks) and writes the plan in a few set-based statements.
//
// Which ticket a message joins, in order:
// 1. A guest's 1-5 answer to the closing question asked in this conversation (within a week)
//    joins the ticket that asked, whatever its status, and neither reopens nor opens a ticket.
// 2. The conversation's own ticket that is not closed (its own, or one it joined).
// 3. The open ticket of the conversation's guest, when another channel of the same guest has one:
//    the conversation joins that ticket (one guest, one open ticket).
// 4. A new ticket, for a guest message; a staff message alone opens none.
import { conversationKey, messageKey, type CapturedMessage, type StayDates } from '../../shared/message.ts';
import type { TicketStatus } from '../../shared/sla-clock.ts';
import type { CsatScore } from '../../shared/templates/csat-answer.ts';

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
  /** A staff message asking the closing 1-5 question. */
  asksCsat: boolean;
  /** A guest's answer to that question. */
  csatScore: CsatScore | null;
}

/** A ticket's closing question that still waits for the guest's answer. */
export interface CsatQuestionRef {
  ticketId: string;
  askedAt: string;
}

export interface ConversationRef {
  channel: CapturedMessage['channel'];
  conversationId: string;
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
  reservationNumber: string | null;
  stay: StayDates | null;
  /** The guest of an opened ticket. */
  guestId: string | null;
  /** Conversations that join this ticket with this batch. */
  joined: ConversationRef[];
  /** True when a classified guest message joined: the labels must be worked out again. */
  relabel: boolean;
  /** The status the guest's message reopened the ticket from. */
  reopenedFrom: TicketStatus | null;
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
  /** The guest of each conversation that has one, by conversationKey. */
  guestOf?: ReadonlyMap<string, string>;
  /** Each of those guests' open ticket, by guest id. */
  guestTickets?: ReadonlyMap<string, ActiveTicketRef>;
  /** Closing questions waiting for an answer, by the conversationKey they were asked in. */
  csatQuestions?: ReadonlyMap<string, CsatQuestionRef>;
  asksCsat?: (message: CapturedMessage) => boolean;
  csatScore?: (message: CapturedMessage) => CsatScore | null;
  /** False for a guest message that owes no reply (a thank-you): it reopens nothing. */
  owesReply?: (message: CapturedMessage) => boolean;
  newId: () => string;
}

/** A rating that comes later than this answers nothing: it is a new message. */
export const CSAT_ANSWER_WINDOW_MS = 7 * 24 * 60 * 60_000;

const REOPENED_BY_GUEST: ReadonlySet<TicketStatus> = new Set(['pending_guest', 'resolved']);

function bySentAt(batch: readonly CapturedMessage[]): number[] {
  const times = batch.map((m) => Date.parse(m.sentAt));
  return batch.map((_, index) => index).sort((a, b) => times[a]! - times[b]! || a - b);
}

function guestDetails(change: PlannedTicketChange, message: CapturedMessage): void {
  if (message.direction !== 'inbound') return;
  change.guestName = message.guestName ?? message.senderName ?? change.guestName;
  change.guestHandle = message.senderHandle ?? change.guestHandle;
  change.reservationNumber = message.reservationNumber ?? change.reservationNumber;
  change.stay = message.stay ?? change.stay;
  // A joined conversation's title and URL would send the agent to the wrong page.
  if (message.channel !== change.channel || message.conversationId !== change.conversationId) return;
  change.conversationTitle = message.conversationTitle ?? change.conversationTitle;
  change.conversationUrl = message.conversationUrl ?? change.conversationUrl;
}

function answersQuestion(question: CsatQuestionRef | undefined, message: CapturedMessage): boolean {
  if (!question || message.direction !== 'inbound') return false;
  const after = Date.parse(message.sentAt) - Date.parse(question.askedAt);
  return after > 0 && after <= CSAT_ANSWER_WINDOW_MS;
}

export function planIngest(input: IngestPlanInput): IngestPlan {
  const { batch, stored, active, newId } = input;
  const asksCsat = input.asksCsat ?? (() => false);
  const csatScore = input.csatScore ?? (() => null);
  const owesReply = input.owesReply ?? (() => true);
  const results: PlannedResult[] = new Array(batch.length);
  const messages: PlannedMessage[] = [];
  const seen = new Map<string, StoredMessageRef>(stored);
  const changes = new Map<string, PlannedTicketChange>();
  // One mutable copy per ticket, shared by every conversation and guest that points at it, so
  // reopening through one is seen through all.
  const refs = new Map<string, ActiveTicketRef>();
  const refOf = (ref: ActiveTicketRef) => {
    if (!refs.has(ref.ticketId)) refs.set(ref.ticketId, { ...ref });
    return refs.get(ref.ticketId)!;
  };
  const ticketOf = new Map([...active].map(([conversation, ref]) => [conversation, refOf(ref)]));
  const guestTickets = new Map([...(input.guestTickets ?? [])].map(([guest, ref]) => [guest, refOf(ref)]));
  const questions = new Map(input.csatQuestions ?? []);
  const changeOf = (ticketId: string, message: CapturedMessage) => {
    let change = changes.get(ticketId);
    if (!change) {
      change = newChange(ticketId, message, false);
      changes.set(ticketId, change);
    }
    return change;
  };

  for (const index of bySentAt(batch)) {
    const message = batch[index]!;
    const key = messageKey(message);
    const known = seen.get(key);
    if (known) {
      results[index] = { key, ...known, duplicate: true };
      continue;
    }
    const conversation = conversationKey(message);
    const question = questions.get(conversation);
    const score = answersQuestion(question, message) ? csatScore(message) : null;
    if (score !== null) {
      questions.delete(conversation);
      const ref: StoredMessageRef = { messageId: newId(), ticketId: question!.ticketId };
      seen.set(key, ref);
      results[index] = { key, ...ref, duplicate: false };
      messages.push({
        id: ref.messageId,
        key,
        ticketId: ref.ticketId,
        message,
        asksCsat: false,
        csatScore: score,
      });
      changeOf(question!.ticketId, message).addedMessages += 1;
      continue;
    }

    let ticket = ticketOf.get(conversation);
    const guest = input.guestOf?.get(conversation) ?? null;
    if (!ticket && guest && guestTickets.has(guest)) {
      ticket = guestTickets.get(guest)!;
      ticketOf.set(conversation, ticket);
      changeOf(ticket.ticketId, message).joined.push({
        channel: message.channel,
        conversationId: message.conversationId,
      });
    }
    if (!ticket && message.direction === 'inbound') {
      ticket = refOf({ ticketId: newId(), status: 'open' });
      ticketOf.set(conversation, ticket);
      if (guest) guestTickets.set(guest, ticket);
      const opened = newChange(ticket.ticketId, message, true);
      opened.guestId = guest;
      changes.set(ticket.ticketId, opened);
    }
    const asks = ticket !== undefined && message.direction === 'outbound' && asksCsat(message);
    const ref: StoredMessageRef = { messageId: newId(), ticketId: ticket?.ticketId ?? null };
    seen.set(key, ref);
    results[index] = { key, ...ref, duplicate: false };
    messages.push({
      id: ref.messageId,
      key,
      ticketId: ref.ticketId,
      message,
      asksCsat: asks,
      csatScore: null,
    });
    if (!ticket) continue;

    if (asks) questions.set(conversation, { ticketId: ticket.ticketId, askedAt: message.sentAt });
    const change = changeOf(ticket.ticketId, message);
    change.addedMessages += 1;
    guestDetails(change, message);
    if (message.direction !== 'inbound') continue;
    change.relabel = true;
    if (REOPENED_BY_GUEST.has(ticket.status) && owesReply(message)) {
      change.reopenedFrom ??= ticket.status;
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
    reservationNumber: null,
    stay: null,
    guestId: null,
    joined: [],
    relabel: false,
    reopenedFrom: null,
  };
}
