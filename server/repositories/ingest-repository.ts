// POST /v1/messages/batch in one transaction of a fixed number of set-based statements, whatever
// the batch size: lock the conversations, read what is stored (and, when the batch may open or
// join a ticket, each contact's guest), plan in memory, write the plan. Guest messages are
// classified before the transaction, so no lock waits on it.
import { DEFAULT_PHONE_REGION, phoneRegion, type PhoneRegion } from '../../shared/phone-number.ts';
import { randomUUID } from 'node:crypto';
import type { IngestResponse } from '../../shared/api-contract.ts';
import { classifyMessage } from '../../shared/classification/classify-message.ts';
import type { Classification } from '../../shared/classification/classification-schema.ts';
import { conversationKey, messageKey, type CapturedMessage, type StayDates } from '../../shared/message.ts';
import { parseCsatAnswer } from '../../shared/templates/csat-answer.ts';
import type { Database, Queryable } from '../db/database.ts';
import { CSAT_QUESTION_KINDS, csatQuestionMatcher } from '../services/closing-question.ts';
import {
  planIngest,
  type ActiveTicketRef,
  type CsatQuestionRef,
  type PlannedMessage,
  type PlannedTicketChange,
  type StoredMessageRef,
} from '../services/ingest-plan.ts';
import { storableMessage } from '../services/storable-text.ts';
import { withPublicRisk } from '../services/public-contact-risk.ts';
import { markPublicTickets } from './public-contacts.ts';
import { applyTicketChanges } from './apply-ticket-changes.ts';
import { contactLinks, linkContacts, linkingNeeded, shownIdentifiers } from './guest-linking.ts';
import { lockConversations, lockHotelGuests } from './locks.ts';
import { recordReads, resolveReads } from './message-reads.ts';
import { templatesOfKinds } from './template-repository.ts';
import { ticketsByIds } from './ticket-repository.ts';
import { announceLoggedMessages } from './webhook-events.ts';
import { recordThankYouMessages } from './reservation-thank-you.ts';

export interface IngestInput {
  hotelId: string;
  agentId: string;
  /** The hotel's time zone: which calendar day a message falls on, for its stage. */
  timeZone?: string;
  /** The hotel's country: national phone numbers are read in it. */
  country?: string;
  messages: readonly CapturedMessage[];
}

interface Conversation {
  channel: CapturedMessage['channel'];
  conversationId: string;
}

interface TicketState extends ActiveTicketRef {
  stay: StayDates | null;
}

export async function ingestBatch(db: Database, input: IngestInput): Promise<IngestResponse> {
  const captured = input.messages.map(storableMessage);
  const now = new Date().toISOString();
  const { hotelId } = input;
  const classify = (message: CapturedMessage, stay: StayDates | undefined) =>
    withPublicRisk(
      message,
      classifyMessage({
        text: message.text,
        channel: message.channel,
        sentAt: message.sentAt,
        ...(stay ? { stay } : {}),
        ...(input.timeZone ? { timeZone: input.timeZone } : {}),
      }),
    );
  const classified = new Map(
    captured.filter((m) => m.direction === 'inbound').map((m) => [m, classify(m, m.stay)]),
  );
  return db.transaction(async (tx) => {
    const conversations = uniqueConversations(captured);
    await lockConversations(
      tx,
      hotelId,
      conversations.map((c) => conversationKey(c)),
    );
    const { batch, secondReads } = await resolveReads(tx, hotelId, captured);
    const stored = await storedMessages(tx, hotelId, unique(batch.map(messageKey)));
    const fresh = batch.filter((m) => !stored.has(messageKey(m)));
    const active = await activeTickets(tx, hotelId, conversations);
    const region = phoneRegion(input.country) ?? DEFAULT_PHONE_REGION;
    const guests = await contactGuests(tx, hotelId, conversations, fresh, active, now, region);
    const plan = planIngest({
      batch,
      stored,
      active,
      guestOf: guests.guestOf,
      guestTickets: guests.tickets,
      csatQuestions: fresh.some((m) => m.direction === 'inbound')
        ? await waitingCsatQuestions(tx, hotelId, conversations)
        : new Map(),
      asksCsat: await csatQuestionCheck(tx, hotelId, fresh),
      csatScore: (m) => parseCsatAnswer(m.text),
      owesReply: (m) => classified.get(m)?.replyOwed ?? true,
      newId: randomUUID,
    });
    const opened = plan.tickets.filter((change) => change.opened);
    if (opened.length > 0) await insertOpenedTickets(tx, input, opened, now);
    await addTicketConversations(tx, hotelId, plan.tickets);
    if (plan.messages.length > 0) {
      const stays = new Map(
        [...active.values(), ...guests.tickets.values()].map((t) => [t.ticketId, t.stay]),
      );
      const classifications = guestClassifications(plan.messages, stays, classified, classify);
      const [inserted] = await tx.query<{ count: number }>(INSERT_MESSAGES, [
        hotelId,
        input.agentId,
        now,
        JSON.stringify(plan.messages.map((m, i) => messageRecord(m, classifications[i] ?? null))),
      ]);
      // Cannot happen under the conversation locks; if it ever does, store nothing rather than
      // acknowledge messages that were not written.
      if (inserted?.count !== plan.messages.length) throw new Error('ingest raced with another writer');
      await markPublicTickets(tx, hotelId, plan.messages);
    }
    await recordReads(tx, hotelId, captured, secondReads, (i) => plan.results[i]?.messageId ?? null);
    const changed = await applyTicketChanges(tx, hotelId, plan.tickets, now);
    const touched = new Map(changed.map((ticket) => [ticket.id, ticket]));
    const untouched = unique(
      plan.results.map((r) => r.ticketId).filter((id): id is string => id !== null),
    ).filter((id) => !touched.has(id));
    for (const ticket of await ticketsByIds(tx, hotelId, untouched)) touched.set(ticket.id, ticket);
    await recordThankYouMessages(tx, input, plan.messages, now);
    await announceLoggedMessages(tx, hotelId, plan.messages, now);

    return {
      results: plan.results.map((result, index) => ({
        key: messageKey(input.messages[index]!),
        messageId: result.messageId,
        ticketId: result.ticketId,
        recordNumber: result.ticketId === null ? null : (touched.get(result.ticketId)?.recordNumber ?? null),
        duplicate: result.duplicate,
      })),
      tickets: [...touched.values()],
    };
  });
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function uniqueConversations(batch: readonly CapturedMessage[]): Conversation[] {
  const byKey = new Map(
    batch.map((m) => [conversationKey(m), { channel: m.channel, conversationId: m.conversationId }]),
  );
  return [...byKey.values()];
}

/**
 * Each conversation's guest, and those guests' open tickets, when the batch may open or join a
 * ticket or shows a guest identifier not yet recorded; otherwise every message goes to its
 * conversation's open ticket and the guests need not be read (nor their lock taken).
 */
async function contactGuests(
  tx: Queryable,
  hotelId: string,
  conversations: readonly Conversation[],
  fresh: readonly CapturedMessage[],
  active: ReadonlyMap<string, TicketState>,
  now: string,
  region: PhoneRegion,
): Promise<{ guestOf: Map<string, string>; tickets: Map<string, TicketState> }> {
  const links = await contactLinks(tx, hotelId, conversations);
  const mayOpenOrJoin = fresh.some((m) => !active.has(conversationKey(m)));
  if (!mayOpenOrJoin && !linkingNeeded(shownIdentifiers(fresh, region), links)) {
    return { guestOf: new Map([...links].map(([key, link]) => [key, link.guestId])), tickets: new Map() };
  }
  await lockHotelGuests(tx, hotelId);
  // Read again under the lock: a coordinator may have merged or unmerged meanwhile.
  const guestOf = await linkContacts(
    tx,
    hotelId,
    fresh,
    await contactLinks(tx, hotelId, conversations),
    now,
    region,
  );
  return { guestOf, tickets: await openTicketsOfGuests(tx, hotelId, unique([...guestOf.values()])) };
}

/**
 * Whether a staff message asks the closing 1-5 question: the extension says so when the agent
 * inserted a closing template with Konuk (templateKind); otherwise its text is compared with the
 * hotel's closing templates, for replies typed, pasted or sent from another device.
 */
async function csatQuestionCheck(
  tx: Queryable,
  hotelId: string,
  fresh: readonly CapturedMessage[],
): Promise<(message: CapturedMessage) => boolean> {
  const tagged = (m: CapturedMessage) =>
    m.templateKind !== undefined && CSAT_QUESTION_KINDS.includes(m.templateKind);
  if (!fresh.some((m) => m.direction === 'outbound' && !tagged(m))) return tagged;
  const matches = csatQuestionMatcher(await templatesOfKinds(tx, hotelId, CSAT_QUESTION_KINDS));
  return (message) => tagged(message) || matches(message.text);
}

/**
 * Guest messages are classified with the stay dates they carry, else their ticket's latest: only
 * a message without dates on a ticket that knows them is classified again. A rating is not.
 */
function guestClassifications(
  messages: readonly PlannedMessage[],
  stays: Map<string, StayDates | null>,
  classified: ReadonlyMap<CapturedMessage, Classification>,
  classify: (message: CapturedMessage, stay: StayDates | undefined) => Classification,
): (Classification | null)[] {
  return messages.map(({ message, ticketId, csatScore }) => {
    if (ticketId !== null && message.stay) stays.set(ticketId, message.stay);
    if (message.direction !== 'inbound' || csatScore !== null) return null;
    const ticketStay = ticketId === null ? null : stays.get(ticketId);
    if (!message.stay && ticketStay) return classify(message, ticketStay);
    return classified.get(message) ?? classify(message, message.stay);
  });
}

async function storedMessages(
  tx: Queryable,
  hotelId: string,
  keys: readonly string[],
): Promise<Map<string, StoredMessageRef>> {
  const rows = await tx.query<{ key: string; id: string; ticket_id: string | null }>(
    'select key, id, ticket_id from messages where hotel_id = $1 and key = any($2::text[])',
    [hotelId, keys],
  );
  return new Map(rows.map((row) => [row.key, { messageId: row.id, ticketId: row.ticket_id }]));
}

interface TicketStateRow {
  id: string;
  status: ActiveTicketRef['status'];
  stay_check_in: string | null;
  stay_check_out: string | null;
}

const toState = (row: TicketStateRow): TicketState => ({
  ticketId: row.id,
  status: row.status,
  stay:
    row.stay_check_in && row.stay_check_out
      ? { checkIn: row.stay_check_in, checkOut: row.stay_check_out }
      : null,
});

/** Each conversation's ticket that is not closed (its own or one it joined), by conversationKey. */
async function activeTickets(
  tx: Queryable,
  hotelId: string,
  conversations: readonly Conversation[],
): Promise<Map<string, TicketState>> {
  const rows = await tx.query<TicketStateRow & { channel: string; conversation_id: string }>(
    `select distinct on (tc.channel, tc.conversation_id)
            t.id, t.status, t.stay_check_in, t.stay_check_out, tc.channel, tc.conversation_id
       from ticket_conversations tc
       join (select distinct * from unnest($2::text[], $3::text[])) as c (channel, conversation_id)
         on tc.channel = c.channel and tc.conversation_id = c.conversation_id
       join tickets t on t.id = tc.ticket_id
      where tc.hotel_id = $1 and t.status <> 'closed'
      order by tc.channel, tc.conversation_id, t.created_at desc`,
    [hotelId, conversations.map((c) => c.channel), conversations.map((c) => c.conversationId)],
  );
  return new Map(
    rows.map((row) => [
      conversationKey({ channel: row.channel, conversationId: row.conversation_id }),
      toState(row),
    ]),
  );
}

/** Each guest's most recently active ticket that is not closed, by guest id. */
async function openTicketsOfGuests(
  tx: Queryable,
  hotelId: string,
  guestIds: readonly string[],
): Promise<Map<string, TicketState>> {
  if (guestIds.length === 0) return new Map();
  const rows = await tx.query<TicketStateRow & { guest_id: string }>(
    `select distinct on (guest_id) id, status, stay_check_in, stay_check_out, guest_id
       from tickets
      where hotel_id = $1 and guest_id = any($2::uuid[]) and status <> 'closed'
      order by guest_id, last_inbound_at desc`,
    [hotelId, guestIds],
  );
  return new Map(rows.map((row) => [row.guest_id, toState(row)]));
}

/**
 * The closing questions waiting for an answer in the batch's conversations: only the question
 * of the conversation's latest ticket, so a rating never lands on a ticket the guest moved on from.
 */
async function waitingCsatQuestions(
  tx: Queryable,
  hotelId: string,
  conversations: readonly Conversation[],
): Promise<Map<string, CsatQuestionRef>> {
  const rows = await tx.query<{
    id: string;
    channel: string;
    conversation_id: string;
    csat_asked_at: string | null;
    csat_asked_channel: string | null;
    csat_asked_conversation_id: string | null;
  }>(
    `select distinct on (tc.channel, tc.conversation_id)
            t.id, tc.channel, tc.conversation_id, t.csat_asked_at, t.csat_asked_channel,
            t.csat_asked_conversation_id
       from ticket_conversations tc
       join (select distinct * from unnest($2::text[], $3::text[])) as c (channel, conversation_id)
         on tc.channel = c.channel and tc.conversation_id = c.conversation_id
       join tickets t on t.id = tc.ticket_id
      where tc.hotel_id = $1
      order by tc.channel, tc.conversation_id, t.created_at desc`,
    [hotelId, conversations.map((c) => c.channel), conversations.map((c) => c.conversationId)],
  );
  return new Map(
    rows
      .filter(
        (row) =>
          row.csat_asked_at !== null &&
          row.csat_asked_channel === row.channel &&
          row.csat_asked_conversation_id === row.conversation_id,
      )
      .map((row) => [
        conversationKey({ channel: row.channel, conversationId: row.conversation_id }),
        { ticketId: row.id, askedAt: row.csat_asked_at! },
      ]),
  );
}

async function insertOpenedTickets(
  tx: Queryable,
  input: IngestInput,
  opened: readonly PlannedTicketChange[],
  now: string,
): Promise<void> {
  // The record number, facts and clock are written by applyTicketChanges before commit; the
  // placeholders here only satisfy the columns' constraints in between.
  await tx.query(
    // No owner: the agent whose browser saw the message is not the one who must answer it; the
    // ticket waits in its team's queue until someone claims it (issue 8).
    `insert into tickets (id, hotel_id, channel, conversation_id, guest_id,
                          first_inbound_at, last_inbound_at, sla, created_at, updated_at)
     select n.id, $1, n.channel, n.conversation_id, n.guest_id, n.first_sent_at, n.first_sent_at,
            '{}', $2, $2
       from jsonb_to_recordset($3::jsonb) as n (id uuid, channel text, conversation_id text,
            guest_id uuid, first_sent_at timestamptz)`,
    [
      input.hotelId,
      now,
      JSON.stringify(
        opened.map((c) => ({
          id: c.ticketId,
          channel: c.channel,
          conversation_id: c.conversationId,
          guest_id: c.guestId,
          first_sent_at: c.firstSentAt,
        })),
      ),
    ],
  );
}

/** Records each opened ticket's own conversation and every conversation that joined a ticket. */
async function addTicketConversations(
  tx: Queryable,
  hotelId: string,
  changes: readonly PlannedTicketChange[],
): Promise<void> {
  const rows = changes.flatMap((c) => [
    ...(c.opened ? [{ ticket_id: c.ticketId, channel: c.channel, conversation_id: c.conversationId }] : []),
    ...c.joined.map((j) => ({
      ticket_id: c.ticketId,
      channel: j.channel,
      conversation_id: j.conversationId,
    })),
  ]);
  if (rows.length === 0) return;
  await tx.query(
    `insert into ticket_conversations (ticket_id, hotel_id, channel, conversation_id)
     select x.ticket_id, $1, x.channel, x.conversation_id
       from jsonb_to_recordset($2::jsonb) as x (ticket_id uuid, channel text, conversation_id text)
     on conflict do nothing`,
    [hotelId, JSON.stringify(rows)],
  );
}

const MESSAGE_FIELDS = `id uuid, ticket_id uuid, key text, channel text, conversation_id text,
  platform_message_id text, direction text, sender_name text, sender_handle text,
  sent_at timestamptz, captured_at timestamptz, text text, conversation_title text,
  conversation_url text, reservation_number text, guest_name text, stay_check_in date, stay_check_out date,
  classification jsonb, classification_cues jsonb, asks_csat boolean, csat_score smallint, kind text,
  visibility text, public_source text, rating_value real, rating_out_of smallint, public_url text`;

const INSERT_MESSAGES = `
  with inserted as (
    insert into messages (id, ticket_id, key, channel, conversation_id, platform_message_id, direction,
                          sender_name, sender_handle, sent_at, captured_at, text, conversation_title,
                          conversation_url, reservation_number, guest_name, stay_check_in, stay_check_out,
                          classification, classification_cues, asks_csat, csat_score, kind,
                          visibility, public_source, rating_value, rating_out_of, public_url, hotel_id,
                          agent_id, received_at)
    select m.*, $1, $2, $3::timestamptz from jsonb_to_recordset($4::jsonb) as m (${MESSAGE_FIELDS})
    on conflict (hotel_id, key) do nothing
    returning 1
  )
  select count(*)::int as count from inserted`;

function splitCues(classification: Classification | null) {
  if (!classification) return { classification: null, classification_cues: null };
  const { cues, ...labels } = classification;
  return { classification: labels, classification_cues: cues };
}

function messageRecord(planned: PlannedMessage, classification: Classification | null) {
  const { id, key, ticketId, message: m } = planned;
  return {
    id,
    ticket_id: ticketId,
    key,
    channel: m.channel,
    conversation_id: m.conversationId,
    platform_message_id: m.platformMessageId,
    direction: m.direction,
    sender_name: m.senderName ?? null,
    sender_handle: m.senderHandle ?? null,
    sent_at: m.sentAt,
    captured_at: m.capturedAt,
    text: m.text,
    conversation_title: m.conversationTitle ?? null,
    conversation_url: m.conversationUrl ?? null,
    reservation_number: m.reservationNumber ?? null,
    guest_name: m.guestName ?? null,
    stay_check_in: m.stay?.checkIn ?? null,
    stay_check_out: m.stay?.checkOut ?? null,
    ...splitCues(classification),
    asks_csat: planned.asksCsat,
    csat_score: planned.csatScore,
    kind: m.kind && m.kind !== 'text' ? m.kind : null,
    visibility: m.visibility ?? 'private',
    public_source: m.publicSource ?? null,
    rating_value: m.rating?.value ?? null,
    rating_out_of: m.rating?.outOf ?? null,
    public_url: m.publicUrl ?? null,
  };
}
