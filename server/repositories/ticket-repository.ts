// Reading tickets and changing their status, always within one hotel.
import type { TicketListQuery } from '../../shared/api-contract.ts';
import type { TicketStatus } from '../../shared/sla-clock.ts';
import type { StoredMessage, Ticket } from '../../shared/ticket.ts';
import type { Database, Queryable } from '../db/database.ts';
import { ticketClock, type ClockFacts } from '../services/ticket-clock.ts';
import { lockConversations, lockHotelChanges } from './locks.ts';
import { hotelSlaPolicy } from './tenant-repository.ts';
import { OWNER_JOIN, TICKET_COLUMNS, toTicket, type TicketRow } from './ticket-row.ts';

export interface TicketPage {
  tickets: Ticket[];
  hasMore: boolean;
}

/** Tickets changed after `since`, oldest change first (keyset pagination on change_seq). */
export async function listTickets(
  db: Queryable,
  hotelId: string,
  query: TicketListQuery,
): Promise<TicketPage> {
  const rows = await db.query<TicketRow>(
    `select ${TICKET_COLUMNS} from tickets t ${OWNER_JOIN}
      where t.hotel_id = $1
        and t.change_seq > $2::bigint
        and ($3::text[] is null or t.status = any($3::text[]))
        and ($4::text[] is null or t.channel = any($4::text[]))
        and ($5::text is null or t.conversation_id = $5)
      order by t.change_seq
      limit $6`,
    [
      hotelId,
      query.since ?? '0',
      query.status ?? null,
      query.channel ?? null,
      query.conversationId ?? null,
      query.limit + 1,
    ],
  );
  return { tickets: rows.slice(0, query.limit).map(toTicket), hasMore: rows.length > query.limit };
}

export async function ticketsByIds(
  db: Queryable,
  hotelId: string,
  ids: readonly string[],
): Promise<Ticket[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<TicketRow>(
    `select ${TICKET_COLUMNS} from tickets t ${OWNER_JOIN} where t.hotel_id = $1 and t.id = any($2::uuid[])`,
    [hotelId, ids],
  );
  return rows.map(toTicket);
}

export async function findTicket(
  db: Queryable,
  hotelId: string,
  recordNumber: string,
): Promise<Ticket | undefined> {
  const [row] = await db.query<TicketRow>(
    `select ${TICKET_COLUMNS} from tickets t ${OWNER_JOIN} where t.hotel_id = $1 and t.record_number = $2`,
    [hotelId, recordNumber],
  );
  return row && toTicket(row);
}

interface MessageRow {
  id: string;
  ticket_id: string | null;
  key: string;
  channel: StoredMessage['channel'];
  conversation_id: string;
  platform_message_id: string;
  direction: StoredMessage['direction'];
  sender_name: string | null;
  sender_handle: string | null;
  sent_at: string;
  captured_at: string;
  received_at: string;
  text: string;
  agent_id: string | null;
}

export async function ticketMessages(
  db: Queryable,
  hotelId: string,
  ticketId: string,
): Promise<StoredMessage[]> {
  const rows = await db.query<MessageRow>(
    `select id, ticket_id, key, channel, conversation_id, platform_message_id, direction, sender_name,
            sender_handle, sent_at, captured_at, received_at, text, agent_id
       from messages
      where hotel_id = $1 and ticket_id = $2
      order by sent_at, captured_at, id`,
    [hotelId, ticketId],
  );
  return rows.map((row) => ({
    id: row.id,
    ticketId: row.ticket_id,
    key: row.key,
    channel: row.channel,
    conversationId: row.conversation_id,
    platformMessageId: row.platform_message_id,
    direction: row.direction,
    senderName: row.sender_name,
    senderHandle: row.sender_handle,
    sentAt: row.sent_at,
    capturedAt: row.captured_at,
    receivedAt: row.received_at,
    text: row.text,
    agentId: row.agent_id,
  }));
}

export type StatusChange =
  | { outcome: 'updated'; ticket: Ticket }
  | { outcome: 'not_found' }
  /** Reopening a closed ticket while its conversation already has another one open. */
  | { outcome: 'conflict'; activeRecordNumber: string };

type LockedTicketRow = ClockFacts & { id: string; conversation_id: string };

export async function changeTicketStatus(
  db: Database,
  hotelId: string,
  recordNumber: string,
  status: TicketStatus,
): Promise<StatusChange> {
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    const ticket = await findTicket(tx, hotelId, recordNumber);
    if (!ticket) return { outcome: 'not_found' };
    // The same locks as ingest, in the same order: a batch cannot join or reopen this ticket
    // between our read and our write.
    await lockConversations(tx, hotelId, [`${ticket.channel}|${ticket.conversationId}`]);
    await lockHotelChanges(tx, hotelId);
    const [row] = await tx.query<LockedTicketRow>(
      `select id, conversation_id, channel, stage, priority, status, status_changed_at,
              first_inbound_at, first_response_at, awaiting_since
         from tickets where id = $1 for update`,
      [ticket.id],
    );
    if (!row) return { outcome: 'not_found' };
    if (row.status === status)
      return { outcome: 'updated', ticket: (await findTicket(tx, hotelId, recordNumber))! };
    if (row.status === 'closed') {
      const [active] = await tx.query<{ record_number: string }>(
        `select record_number from tickets
          where hotel_id = $1 and channel = $2 and conversation_id = $3 and status <> 'closed'`,
        [hotelId, row.channel, row.conversation_id],
      );
      if (active) return { outcome: 'conflict', activeRecordNumber: active.record_number };
    }
    const sla = ticketClock({ ...row, status, status_changed_at: now }, await hotelSlaPolicy(tx, hotelId));
    const [updated] = await tx.query<TicketRow>(
      `with t as (
         update tickets set status = $2, status_changed_at = $3, updated_at = $3,
                closed_at = case when $2 = 'closed' then $3::timestamptz end,
                sla = $4, change_seq = nextval('ticket_change_seq')
          where id = $1
          returning *
       )
       select ${TICKET_COLUMNS} from t ${OWNER_JOIN}`,
      [row.id, status, now, JSON.stringify(sla)],
    );
    return { outcome: 'updated', ticket: toTicket(updated!) };
  });
}
