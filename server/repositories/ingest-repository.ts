// POST /v1/messages/batch in one transaction of a fixed number of set-based statements, whatever
// the batch size: lock the conversations, read what is stored, plan in memory, write the plan.
import { randomUUID } from 'node:crypto';
import type { IngestResponse } from '../../shared/api-contract.ts';
import { messageKey, type CapturedMessage } from '../../shared/message.ts';
import type { Database, Queryable } from '../db/database.ts';
import {
  planIngest,
  type ActiveTicketRef,
  type PlannedTicketChange,
  type StoredMessageRef,
} from '../services/ingest-plan.ts';
import { storableMessage } from '../services/storable-text.ts';
import { applyTicketChanges } from './apply-ticket-changes.ts';
import { lockConversations } from './locks.ts';
import { ticketsByIds } from './ticket-repository.ts';

export interface IngestInput {
  hotelId: string;
  agentId: string;
  messages: readonly CapturedMessage[];
}

export async function ingestBatch(db: Database, input: IngestInput): Promise<IngestResponse> {
  const batch = input.messages.map(storableMessage);
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    const conversations = unique(batch.map((m) => `${m.channel}|${m.conversationId}`));
    await lockConversations(tx, input.hotelId, conversations);
    const plan = planIngest({
      batch,
      stored: await storedMessages(tx, input.hotelId, unique(batch.map(messageKey))),
      active: await activeTickets(tx, input.hotelId, batch),
      newId: randomUUID,
    });
    const opened = plan.tickets.filter((change) => change.opened);
    if (opened.length > 0) await insertOpenedTickets(tx, input, opened, now);
    if (plan.messages.length > 0) {
      const [inserted] = await tx.query<{ count: number }>(INSERT_MESSAGES, [
        input.hotelId,
        input.agentId,
        now,
        JSON.stringify(
          plan.messages.map(({ id, key, ticketId, message }) => messageRecord(id, key, ticketId, message)),
        ),
      ]);
      // Cannot happen under the conversation locks; if it ever does, store nothing rather than
      // acknowledge messages that were not written.
      if (inserted?.count !== plan.messages.length) throw new Error('ingest raced with another writer');
    }
    const changed = await applyTicketChanges(tx, input.hotelId, plan.tickets, now);
    const touched = new Map(changed.map((ticket) => [ticket.id, ticket]));
    const untouched = unique(
      plan.results.map((r) => r.ticketId).filter((id): id is string => id !== null),
    ).filter((id) => !touched.has(id));
    for (const ticket of await ticketsByIds(tx, input.hotelId, untouched)) touched.set(ticket.id, ticket);

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

async function activeTickets(
  tx: Queryable,
  hotelId: string,
  batch: readonly CapturedMessage[],
): Promise<Map<string, ActiveTicketRef>> {
  const rows = await tx.query<{
    id: string;
    status: ActiveTicketRef['status'];
    channel: string;
    conversation_id: string;
  }>(
    `select t.id, t.status, t.channel, t.conversation_id
       from tickets t
       join (select distinct * from unnest($2::text[], $3::text[])) as c (channel, conversation_id)
         on t.channel = c.channel and t.conversation_id = c.conversation_id
      where t.hotel_id = $1 and t.status <> 'closed'`,
    [hotelId, batch.map((m) => m.channel), batch.map((m) => m.conversationId)],
  );
  return new Map(
    rows.map((row) => [`${row.channel}|${row.conversation_id}`, { ticketId: row.id, status: row.status }]),
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
    `insert into tickets (id, hotel_id, channel, conversation_id, owner_agent_id,
                          first_inbound_at, last_inbound_at, sla, created_at, updated_at)
     select n.id, $1, n.channel, n.conversation_id, $2, n.first_sent_at, n.first_sent_at, '{}', $3, $3
       from jsonb_to_recordset($4::jsonb) as n (id uuid, channel text, conversation_id text, first_sent_at timestamptz)`,
    [
      input.hotelId,
      input.agentId,
      now,
      JSON.stringify(
        opened.map((c) => ({
          id: c.ticketId,
          channel: c.channel,
          conversation_id: c.conversationId,
          first_sent_at: c.firstSentAt,
        })),
      ),
    ],
  );
}

const MESSAGE_FIELDS = `id uuid, ticket_id uuid, key text, channel text, conversation_id text,
  platform_message_id text, direction text, sender_name text, sender_handle text,
  sent_at timestamptz, captured_at timestamptz, text text, conversation_title text,
  conversation_url text, reservation_number text, guest_name text, stay_check_in date, stay_check_out date`;

const INSERT_MESSAGES = `
  with inserted as (
    insert into messages (id, ticket_id, key, channel, conversation_id, platform_message_id, direction,
                          sender_name, sender_handle, sent_at, captured_at, text, conversation_title,
                          conversation_url, reservation_number, guest_name, stay_check_in, stay_check_out,
                          hotel_id, agent_id, received_at)
    select m.*, $1, $2, $3::timestamptz from jsonb_to_recordset($4::jsonb) as m (${MESSAGE_FIELDS})
    on conflict (hotel_id, key) do nothing
    returning 1
  )
  select count(*)::int as count from inserted`;

function messageRecord(id: string, key: string, ticketId: string | null, m: CapturedMessage) {
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
  };
}
