// Reading tickets, changing their status and correcting their labels, always within one hotel.
import type { TicketConversation, TicketListQuery, TicketUpdateRequest } from '../../shared/api-contract.ts';
import type { Classification, LabelCorrection } from '../../shared/classification/classification-schema.ts';
import type { TicketStatus } from '../../shared/sla-clock.ts';
import type { StoredMessage, Ticket } from '../../shared/ticket.ts';
import type { Database, Queryable } from '../db/database.ts';
import { mergeCorrection } from '../services/ticket-labelling.ts';
import { applyTicketChanges, refreshOf } from './apply-ticket-changes.ts';
import { lockConversations, lockHotelChanges, lockHotelGuests } from './locks.ts';
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
        and ($5::text is null or exists (select 1 from ticket_conversations tc
                                          where tc.ticket_id = t.id and tc.conversation_id = $5))
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
  classification: Omit<Classification, 'cues'> | null;
  classification_cues: Classification['cues'] | null;
  asks_csat: boolean;
  csat_score: number | null;
}

export async function ticketMessages(
  db: Queryable,
  hotelId: string,
  ticketId: string,
): Promise<StoredMessage[]> {
  // Messages of the same instant list the guest's first: a logged call before the answer on it.
  const rows = await db.query<MessageRow>(
    `select id, ticket_id, key, channel, conversation_id, platform_message_id, direction, sender_name,
            sender_handle, sent_at, captured_at, received_at, text, agent_id, classification,
            classification_cues, asks_csat, csat_score
       from messages
      where hotel_id = $1 and ticket_id = $2
      order by sent_at, captured_at, direction, id`,
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
    classification: row.classification && { ...row.classification, cues: row.classification_cues ?? [] },
    asksCsat: row.asks_csat,
    csatScore: row.csat_score,
  }));
}

/** The ticket's conversations, its own first. */
export async function ticketConversations(
  db: Queryable,
  hotelId: string,
  ticketId: string,
): Promise<TicketConversation[]> {
  const rows = await db.query<{ channel: TicketConversation['channel']; conversation_id: string }>(
    `select tc.channel, tc.conversation_id
       from ticket_conversations tc join tickets t on t.id = tc.ticket_id
      where tc.hotel_id = $1 and tc.ticket_id = $2
      order by (tc.channel = t.channel and tc.conversation_id = t.conversation_id) desc,
               tc.channel, tc.conversation_id`,
    [hotelId, ticketId],
  );
  return rows.map((row) => ({ channel: row.channel, conversationId: row.conversation_id }));
}

export type TicketUpdate =
  | { outcome: 'updated'; ticket: Ticket }
  | { outcome: 'not_found' }
  /** Reopening a closed ticket while one of its conversations already has another one open. */
  | { outcome: 'conflict'; activeRecordNumber: string };

const REOPENING: ReadonlySet<TicketStatus> = new Set(['resolved', 'closed']);
const WORKING: ReadonlySet<TicketStatus> = new Set(['open', 'pending_guest']);

/** A status change and/or an agent's label corrections, then the ticket worked out again. */
export async function updateTicket(
  db: Database,
  hotelId: string,
  recordNumber: string,
  update: TicketUpdateRequest,
  agentId: string,
): Promise<TicketUpdate> {
  const now = new Date().toISOString();
  const { status, team, ...labels } = update;
  const corrects = team !== undefined || Object.values(labels).some((value) => value !== undefined);
  return db.transaction(async (tx) => {
    const ticket = await findTicket(tx, hotelId, recordNumber);
    if (!ticket) return { outcome: 'not_found' };
    // The same locks as ingest, in the same order: no batch can join, reopen or add to this
    // ticket between our read and our write.
    const conversations = await ticketConversations(tx, hotelId, ticket.id);
    await lockConversations(
      tx,
      hotelId,
      conversations.map((c) => `${c.channel}|${c.conversationId}`),
    );
    const statusChanges = status !== undefined && status !== ticket.status;
    if (statusChanges) await lockHotelGuests(tx, hotelId);
    await lockHotelChanges(tx, hotelId);
    const [row] = await tx.query<{ status: TicketStatus; label_correction: LabelCorrection | null }>(
      'select status, label_correction from tickets where id = $1 for update',
      [ticket.id],
    );
    if (!row) return { outcome: 'not_found' };
    if (status !== undefined && status !== row.status) {
      if (row.status === 'closed') {
        const active = await otherActiveTicket(tx, hotelId, ticket.id);
        if (active) return { outcome: 'conflict', activeRecordNumber: active };
      }
      await tx.query(
        `update tickets set status = $2, status_changed_at = $3,
                closed_at = case when $2 = 'closed' then $3::timestamptz end,
                resolved_at = case when $4 then $3::timestamptz when $5 then null else resolved_at end,
                reopen_count = reopen_count + case when $5 then 1 else 0 end
          where id = $1`,
        [
          ticket.id,
          status,
          now,
          REOPENING.has(status) && WORKING.has(row.status),
          WORKING.has(status) && REOPENING.has(row.status),
        ],
      );
    } else if (!corrects) {
      return { outcome: 'updated', ticket };
    }
    if (corrects) {
      await tx.query(
        'update tickets set label_correction = $2, corrected_team = coalesce($3, corrected_team) where id = $1',
        [
          ticket.id,
          JSON.stringify(mergeCorrection(row.label_correction, labels, now, agentId)),
          team ?? null,
        ],
      );
    }
    const [updated] = await applyTicketChanges(tx, hotelId, [refreshOf(ticket.id, corrects)], now);
    return { outcome: 'updated', ticket: updated! };
  });
}

/** Another ticket that is not closed and shares a conversation with this one. */
async function otherActiveTicket(tx: Queryable, hotelId: string, ticketId: string): Promise<string | null> {
  const [active] = await tx.query<{ record_number: string }>(
    `select t.record_number
       from ticket_conversations mine
       join ticket_conversations other
         on other.hotel_id = mine.hotel_id and other.channel = mine.channel
        and other.conversation_id = mine.conversation_id and other.ticket_id <> mine.ticket_id
       join tickets t on t.id = other.ticket_id
      where mine.hotel_id = $1 and mine.ticket_id = $2 and t.status <> 'closed'
      limit 1`,
    [hotelId, ticketId],
  );
  return active?.record_number ?? null;
}
