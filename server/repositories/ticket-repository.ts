// Reading tickets, changing their status and correcting their labels, always within one hotel.
import { conversationKey } from '../../shared/message.ts';
import type { TicketConversation, TicketListQuery, TicketUpdateRequest } from '../../shared/api-contract.ts';
import type { Classification, LabelCorrection } from '../../shared/classification/classification-schema.ts';
import type { TicketStatus } from '../../shared/sla-clock.ts';
import type { Role } from '../../shared/taxonomy.ts';
import type { ComplaintRecord } from '../../shared/ticket-workflow.ts';
import { HttpError } from '../http-error.ts';
import {
  decideStatusChange,
  describeRequirement,
  type StatusDecision,
} from '../services/ticket-status-rules.ts';
import type { StoredMessage, Ticket } from '../../shared/ticket.ts';
import type { Database, Queryable } from '../db/database.ts';
import { mergeCorrection } from '../services/ticket-labelling.ts';
import { applyTicketChanges, refreshOf } from './apply-ticket-changes.ts';
import { lockConversations, lockHotelChanges, lockHotelGuests } from './locks.ts';
import { hotelRootCauses } from './settings-repository.ts';
import { isKnownTeam } from './team-repository.ts';
import { recordHistory, type NewHistoryEntry } from './ticket-history-repository.ts';
import { statusFactsOf } from './ticket-workflow-repository.ts';
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
  kind: StoredMessage['kind'] | null;
  no_reply_needed_by: string | null;
}

const MESSAGE_COLUMNS = `id, ticket_id, key, channel, conversation_id, platform_message_id, direction,
  sender_name, sender_handle, sent_at, captured_at, received_at, text, agent_id, classification,
  classification_cues, asks_csat, csat_score, kind, no_reply_needed_by`;

export async function ticketMessages(
  db: Queryable,
  hotelId: string,
  ticketId: string,
): Promise<StoredMessage[]> {
  // Messages of the same instant list the guest's first: a logged call before the answer on it.
  const rows = await db.query<MessageRow>(
    `select ${MESSAGE_COLUMNS}
       from messages
      where hotel_id = $1 and ticket_id = $2
      order by sent_at, captured_at, direction, id`,
    [hotelId, ticketId],
  );
  return rows.map(toStoredMessage);
}

/** The hotel's messages with these ids, oldest first (the webhooks announce them). */
export async function messagesByIds(
  db: Queryable,
  hotelId: string,
  ids: readonly string[],
): Promise<StoredMessage[]> {
  const rows = await db.query<MessageRow>(
    `select ${MESSAGE_COLUMNS} from messages
      where hotel_id = $1 and id = any($2::uuid[])
      order by sent_at, captured_at, direction, id`,
    [hotelId, ids],
  );
  return rows.map(toStoredMessage);
}

function toStoredMessage(row: MessageRow): StoredMessage {
  return {
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
    ...(row.kind ? { kind: row.kind } : {}),
    ...(row.direction === 'inbound'
      ? {
          replyOwed:
            row.csat_score === null &&
            row.no_reply_needed_by === null &&
            row.classification?.replyOwed !== false,
          noReplyNeededBy: row.no_reply_needed_by,
        }
      : {}),
  };
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

export interface Caller {
  agentId: string;
  role: Role;
}

interface LockedRow {
  status: TicketStatus;
  label_correction: LabelCorrection | null;
  root_cause: string | null;
  complaint: ComplaintRecord | null;
  team: string | null;
}

/**
 * A status change, the close's record (root cause, complaint, close reason) and/or an agent's
 * label corrections, then the ticket worked out again. Everything is decided inside one
 * transaction: a refused change throws and leaves the ticket exactly as it was.
 */
export async function updateTicket(
  db: Database,
  hotelId: string,
  recordNumber: string,
  update: TicketUpdateRequest,
  caller: Caller,
): Promise<TicketUpdate> {
  const now = new Date().toISOString();
  const { status, team, rootCause, closeReason, complaint, ...labels } = update;
  const corrects = team !== undefined || Object.values(labels).some((value) => value !== undefined);
  if (closeReason !== undefined && status !== 'closed') {
    throw new HttpError(
      400,
      'invalid_request',
      'Invalid request body: closeReason goes with status "closed".',
      [{ path: 'closeReason', message: 'goes with status "closed"' }],
    );
  }
  return db.transaction(async (tx) => {
    const ticket = await findTicket(tx, hotelId, recordNumber);
    if (!ticket) return { outcome: 'not_found' };
    // The same locks as ingest, in the same order: no batch can join, reopen or add to this
    // ticket between our read and our write.
    const conversations = await ticketConversations(tx, hotelId, ticket.id);
    await lockConversations(
      tx,
      hotelId,
      conversations.map((c) => conversationKey(c)),
    );
    const statusChanges = status !== undefined && status !== ticket.status;
    if (statusChanges) await lockHotelGuests(tx, hotelId);
    await lockHotelChanges(tx, hotelId);
    const [row] = await tx.query<LockedRow>(
      // NO KEY UPDATE (issue 14): FOR UPDATE would wait, under the hotel's change lock, on the key
      // share a batch adding a message to this ticket holds while it waits for that lock.
      'select status, label_correction, root_cause, complaint, team from tickets where id = $1 for no key update',
      [ticket.id],
    );
    if (!row) return { outcome: 'not_found' };
    const history: NewHistoryEntry[] = [];
    const entry = (field: NewHistoryEntry['field'], from: string | null, to: string | null) =>
      history.push({ ticketId: ticket.id, agentId: caller.agentId, field, from, to });
    let recorded = false;
    if (team !== undefined && !(await isKnownTeam(tx, hotelId, team))) {
      throw new HttpError(
        400,
        'invalid_request',
        `Invalid request body: team: no team "${team}" in this hotel.`,
        [{ path: 'team', message: 'not a team of this hotel' }],
      );
    }
    if (rootCause !== undefined && rootCause !== row.root_cause) {
      const causes = await hotelRootCauses(tx, hotelId);
      if (!causes.some((cause) => cause.id === rootCause && cause.active)) {
        throw new HttpError(
          400,
          'invalid_request',
          `Invalid request body: rootCause: "${rootCause}" is not in the hotel's root-cause list.`,
          [{ path: 'rootCause', message: "not in the hotel's root-cause list" }],
        );
      }
      await tx.query('update tickets set root_cause = $2 where id = $1', [ticket.id, rootCause]);
      entry('root_cause', row.root_cause, rootCause);
      recorded = true;
    }
    if (complaint !== undefined) {
      const before = row.complaint ?? { incident: null, impact: null, expectedFix: null };
      const after: ComplaintRecord = { ...before, ...complaint };
      if (JSON.stringify(after) !== JSON.stringify(before)) {
        await tx.query('update tickets set complaint = $2 where id = $1', [ticket.id, JSON.stringify(after)]);
        entry('complaint', row.complaint && JSON.stringify(row.complaint), JSON.stringify(after));
        recorded = true;
      }
    }
    const changesStatus = status !== undefined && status !== row.status;
    if (status !== undefined && (changesStatus || closeReason !== undefined)) {
      const facts = (await statusFactsOf(tx, hotelId, ticket.id))!;
      const decision = decideStatusChange(facts, status, caller.role, closeReason);
      if (!decision.allowed) throw refusal(recordNumber, status, decision);
      if (row.status === 'closed' && changesStatus) {
        const active = await otherActiveTicket(tx, hotelId, ticket.id);
        if (active) return { outcome: 'conflict', activeRecordNumber: active };
      }
      await tx.query(
        `update tickets set status = $2,
                status_changed_at = case when status = $2 then status_changed_at else $3::timestamptz end,
                closed_at = case when $2 = 'closed' then coalesce(closed_at, $3::timestamptz) end,
                close_reason = case when $2 = 'closed' then $6 end,
                resolved_at = case when $4 then $3::timestamptz when $5 then null else resolved_at end,
                reopen_count = reopen_count + case when $5 then 1 else 0 end
          where id = $1`,
        [
          ticket.id,
          status,
          now,
          REOPENING.has(status) && WORKING.has(row.status),
          WORKING.has(status) && REOPENING.has(row.status),
          closeReason ?? null,
        ],
      );
      if (changesStatus) entry('status', row.status, status);
      if (closeReason !== undefined) entry('close_reason', null, closeReason);
      recorded = true;
    }
    if (corrects) {
      await tx.query(
        'update tickets set label_correction = $2, corrected_team = coalesce($3, corrected_team) where id = $1',
        [
          ticket.id,
          JSON.stringify(mergeCorrection(row.label_correction, labels, now, caller.agentId)),
          team ?? null,
        ],
      );
      const fields = Object.entries(labels).filter(([, value]) => value !== undefined);
      if (fields.length > 0) entry('labels', null, JSON.stringify(Object.fromEntries(fields)));
      if (team !== undefined && team !== row.team) entry('team', row.team, team);
    } else if (!recorded) {
      return { outcome: 'updated', ticket };
    }
    await recordHistory(tx, hotelId, history, now);
    const [updated] = await applyTicketChanges(tx, hotelId, [refreshOf(ticket.id, corrects)], now);
    return { outcome: 'updated', ticket: updated! };
  });
}

function refusal(
  recordNumber: string,
  status: TicketStatus,
  decision: Exclude<StatusDecision, { allowed: true }>,
) {
  if (decision.code === 'forbidden') return new HttpError(403, 'forbidden', decision.message);
  const issues = decision.missing.map((part) => ({ path: part, message: describeRequirement(part) }));
  const needs = issues.map((issue) => issue.message).join('; ');
  const verb =
    status === 'closed' ? 'be closed' : status === 'resolved' ? 'be resolved' : 'wait for the guest';
  return new HttpError(409, decision.code, `${recordNumber} cannot ${verb} yet: it needs ${needs}.`, issues);
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
