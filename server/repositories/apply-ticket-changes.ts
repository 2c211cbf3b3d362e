// After an ingest has written its messages (or a PATCH its status and corrections, or the
// escalation sweep found a ticket due): recompute each touched ticket's facts from its messages,
// its labels and team from its classified guest messages and the agent's corrections, its SLA
// clock from the hotel's policy, its place on the escalation ladder, its CSAT; give opened
// tickets their record numbers; write it all with a new change_seq and record who must be told.
// The same few statements whatever the batch size.
import type { Classification, LabelCorrection } from '../../shared/classification/classification-schema.ts';
import type { ClassifiedMessage } from '../../shared/classification/label-ticket.ts';
import type { RoutingConfig, TeamKey } from '../../shared/routing.ts';
import type { EscalationReason, Language, Topic } from '../../shared/taxonomy.ts';
import { formatRecordNumber, type Ticket } from '../../shared/ticket.ts';
import type { Queryable } from '../db/database.ts';
import { climbLadder } from '../services/escalation-ladder.ts';
import type { PlannedTicketChange } from '../services/ingest-plan.ts';
import { guestResumedAt, type ClockFacts, type TicketClocks } from '../services/ticket-clock.ts';
import { labelAndRoute, type TicketLabelling } from '../services/ticket-labelling.ts';
import { lockHotelChanges } from './locks.ts';
import { settleClosing } from './closing-settlement.ts';
import { recordNotifications, type NewNotification } from './notification-repository.ts';
import { OWES_REPLY } from './reply-owed.ts';
import { hotelRoutingConfig, hotelSlaPolicy } from './tenant-repository.ts';
import { ticketClocksOf } from './ticket-clocks.ts';
import { announceTicketChanges } from './webhook-events.ts';
import { OWNER_JOIN, TICKET_COLUMNS, toTicket, type TicketRow } from './ticket-row.ts';

/** What applyTicketChanges needs to know of a change; an ingest's planned changes are these. */
export type TicketChange = Pick<
  PlannedTicketChange,
  | 'ticketId'
  | 'opened'
  | 'reopened'
  | 'reopenedFrom'
  | 'addedMessages'
  | 'guestId'
  | 'guestName'
  | 'guestHandle'
  | 'conversationTitle'
  | 'conversationUrl'
  | 'reservationNumber'
  | 'stay'
  | 'relabel'
>;

/** A change that adds nothing: recompute the ticket (after a PATCH, or when a tier falls due). */
export function refreshOf(ticketId: string, relabel: boolean): TicketChange {
  return {
    ticketId,
    opened: false,
    reopened: false,
    reopenedFrom: null,
    addedMessages: 0,
    guestId: null,
    guestName: null,
    guestHandle: null,
    conversationTitle: null,
    conversationUrl: null,
    reservationNumber: null,
    stay: null,
    relabel,
  };
}

type FactsRow = ClockFacts & {
  id: string;
  topic: Topic | null;
  language: Language | null;
  escalation: EscalationReason[];
  team: TeamKey | null;
  label_correction: LabelCorrection | null;
  corrected_team: TeamKey | null;
  last_inbound_at: string;
  last_outbound_at: string | null;
  csat_question_at: string | null;
  csat_question_channel: string | null;
  csat_question_conversation_id: string | null;
  csat_message_id: string | null;
  csat_score: number | null;
  csat_answered_at: string | null;
  /** The first guest message since the ticket's status last changed: when a reopening guest wrote. */
  guest_returned_at: string | null;
};

// Every fact is a min or max over the messages_by_ticket index (or a partial index), so a long
// conversation costs a few index probes, not a scan. A guest's rating, a thank-you and a message
// an agent marked "no reply needed" wait for no reply, so they never start a response clock.
const READ_FACTS = `
  select t.id, t.status, t.status_changed_at, t.status_periods, t.channel, t.public_source, t.stage, t.priority,
         t.topic, t.language, t.escalation, t.team, t.label_correction, t.corrected_team,
         i.first_inbound_at, i.last_inbound_at, o.last_outbound_at, r.first_response_at, w.awaiting_since,
         q.sent_at as csat_question_at, q.channel as csat_question_channel,
         q.conversation_id as csat_question_conversation_id,
         a.id as csat_message_id, a.csat_score, a.sent_at as csat_answered_at, g.guest_returned_at
    from tickets t
   cross join lateral (select min(m.sent_at) as first_inbound_at, max(m.sent_at) as last_inbound_at
                         from messages m where m.ticket_id = t.id and m.direction = 'inbound') i
   cross join lateral (select max(m.sent_at) as last_outbound_at
                         from messages m where m.ticket_id = t.id and m.direction = 'outbound') o
   cross join lateral (select min(m.sent_at) as first_response_at
                         from messages m where m.ticket_id = t.id and m.direction = 'outbound'
                          and m.sent_at >= i.first_inbound_at) r
   cross join lateral (select min(m.sent_at) as awaiting_since
                         from messages m where m.ticket_id = t.id and m.direction = 'inbound'
                          and ${OWES_REPLY}
                          and (o.last_outbound_at is null or m.sent_at > o.last_outbound_at)) w
   cross join lateral (select min(m.sent_at) as guest_returned_at
                         from messages m where m.ticket_id = t.id and m.direction = 'inbound'
                          and m.csat_score is null and m.sent_at >= t.status_changed_at) g
    left join lateral (select m.sent_at, m.channel, m.conversation_id
                         from messages m where m.ticket_id = t.id and m.asks_csat
                        order by m.sent_at desc limit 1) q on true
    left join lateral (select m.id, m.csat_score, m.sent_at
                         from messages m where m.ticket_id = t.id and m.csat_score is not null
                        order by m.sent_at desc limit 1) a on true
   where t.hotel_id = $1 and t.id = any($2::uuid[])`;

const READ_CLASSIFICATIONS = `
  select m.ticket_id, m.sent_at, m.classification
    from messages m
   where m.hotel_id = $1 and m.ticket_id = any($2::uuid[]) and m.direction = 'inbound'
     and m.classification is not null and m.csat_score is null
   order by m.ticket_id, m.sent_at`;

const APPLY_CHANGES = `
  with change as (
    select * from jsonb_to_recordset($2::jsonb) as c (
      id uuid, status text, status_changed_at timestamptz,
      first_inbound_at timestamptz, last_inbound_at timestamptz, last_outbound_at timestamptz,
      first_response_at timestamptz, awaiting_since timestamptz, added integer, guest_name text,
      guest_handle text, conversation_title text, conversation_url text, sla jsonb,
      language text, topic text, stage text, priority text, escalation jsonb, team text,
      escalation_level integer, escalation_next_at timestamptz, guest_id uuid,
      reservation_number text, stay_check_in date, stay_check_out date,
      csat_score smallint, csat_message_id uuid, csat_answered_at timestamptz,
      csat_asked_at timestamptz, csat_asked_channel text, csat_asked_conversation_id text,
      reopens integer, first_response_due_at timestamptz, sla_clocks jsonb)
  ), t as (
    update tickets t set
      status = c.status,
      status_changed_at = c.status_changed_at,
      first_inbound_at = c.first_inbound_at,
      last_inbound_at = c.last_inbound_at,
      last_outbound_at = c.last_outbound_at,
      first_response_at = c.first_response_at,
      awaiting_since = c.awaiting_since,
      message_count = t.message_count + c.added,
      guest_name = coalesce(c.guest_name, t.guest_name),
      guest_handle = coalesce(c.guest_handle, t.guest_handle),
      conversation_title = coalesce(c.conversation_title, t.conversation_title),
      conversation_url = coalesce(c.conversation_url, t.conversation_url),
      sla = c.sla,
      sla_clocks = c.sla_clocks,
      language = c.language,
      topic = c.topic,
      stage = c.stage,
      priority = c.priority,
      escalation = c.escalation,
      team = c.team,
      escalation_level = c.escalation_level,
      escalation_next_at = c.escalation_next_at,
      guest_id = coalesce(t.guest_id, c.guest_id),
      reservation_number = coalesce(c.reservation_number, t.reservation_number),
      stay_check_in = coalesce(c.stay_check_in, t.stay_check_in),
      stay_check_out = coalesce(c.stay_check_out, t.stay_check_out),
      csat_score = c.csat_score,
      csat_message_id = c.csat_message_id,
      csat_answered_at = c.csat_answered_at,
      csat_asked_at = c.csat_asked_at,
      csat_asked_channel = c.csat_asked_channel,
      csat_asked_conversation_id = c.csat_asked_conversation_id,
      reopen_count = t.reopen_count + c.reopens,
      resolved_at = case when c.reopens > 0 then null else t.resolved_at end,
      first_response_due_at = coalesce(c.first_response_due_at, t.first_response_due_at),
      updated_at = $3,
      change_seq = nextval('ticket_change_seq')
    from change c
    where t.id = c.id and t.hotel_id = $1
    returning t.*
  )
  select ${TICKET_COLUMNS} from t ${OWNER_JOIN} order by t.change_seq`;

export async function applyTicketChanges(
  tx: Queryable,
  hotelId: string,
  changes: readonly TicketChange[],
  now: string,
): Promise<Ticket[]> {
  if (changes.length === 0) return [];
  const ids = changes.map((c) => c.ticketId);
  // The hotel's change lock orders change_seq with commits (a client that has seen changeSeq N
  // never later misses one below N) and keeps record numbers gapless; under it the facts read
  // next are final. It comes after every lock a writer takes on rows it does not own, and the
  // writes below only touch rows that are share-locked by others (message inserts), never
  // key-updated, so the lock is held for a few index probes and never waits on a row.
  await lockHotelChanges(tx, hotelId);
  const facts = new Map((await tx.query<FactsRow>(READ_FACTS, [hotelId, ids])).map((row) => [row.id, row]));
  const relabelled = changes.filter((c) => c.relabel).map((c) => c.ticketId);
  const classified = await classifiedMessages(tx, hotelId, relabelled);
  const policy = await hotelSlaPolicy(tx, hotelId);
  const config = await hotelRoutingConfig(tx, hotelId);
  const levels = await escalationLevels(tx, ids);
  const notifications: NewNotification[] = [];
  const labelled = changes.map((change) => {
    const row = facts.get(change.ticketId)!;
    const labelling = change.relabel
      ? labelAndRoute({
          messages: classified.get(change.ticketId) ?? [],
          correction: row.label_correction,
          correctedTeam: row.corrected_team,
          previousEscalation: row.escalation,
          config,
        })
      : unchangedLabels(row, config);
    return { change, labelling, facts: clockFacts(change, row, labelling, now) };
  });
  const clocks = await ticketClocksOf(
    tx,
    hotelId,
    new Map(labelled.map((l) => [l.change.ticketId, l.facts])),
    policy,
  );
  const rows = labelled.map(({ change, labelling, facts: current }) => {
    const record = changeRecord(
      change,
      current,
      labelling,
      clocks.get(change.ticketId)!,
      config,
      levels,
      now,
    );
    notifications.push(...record.notifications);
    return record.row;
  });
  await numberOpenedTickets(
    tx,
    hotelId,
    changes.filter((c) => c.opened).map((c) => c.ticketId),
  );
  const tickets = (await tx.query<TicketRow>(APPLY_CHANGES, [hotelId, JSON.stringify(rows), now])).map(
    toTicket,
  );
  await announceTicketChanges(tx, hotelId, changes, tickets, now);
  await recordNotifications(tx, hotelId, notifications, now);
  // The closing message and the guest's answer to it move the status (closing-settlement.ts);
  // the moved tickets are worked out once more with their new status.
  const settled = await settleClosing(
    tx,
    hotelId,
    tickets.map((t) => t.id),
    now,
  );
  if (settled.length === 0) return tickets;
  const again = await applyTicketChanges(
    tx,
    hotelId,
    settled.map((id) => refreshOf(id, false)),
    now,
  );
  return tickets.map((ticket) => again.find((t) => t.id === ticket.id) ?? ticket);
}

async function classifiedMessages(
  tx: Queryable,
  hotelId: string,
  ticketIds: readonly string[],
): Promise<Map<string, ClassifiedMessage[]>> {
  const byTicket = new Map<string, ClassifiedMessage[]>();
  if (ticketIds.length === 0) return byTicket;
  const rows = await tx.query<{ ticket_id: string; sent_at: string; classification: Classification }>(
    READ_CLASSIFICATIONS,
    [hotelId, ticketIds],
  );
  for (const row of rows) {
    const list = byTicket.get(row.ticket_id) ?? [];
    list.push({
      sentAt: row.sent_at,
      direction: 'inbound',
      classification: { ...row.classification, cues: [] },
    });
    byTicket.set(row.ticket_id, list);
  }
  return byTicket;
}

async function escalationLevels(tx: Queryable, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await tx.query<{ id: string; escalation_level: number }>(
    'select id, escalation_level from tickets where id = any($1::uuid[])',
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row.escalation_level]));
}

/** The labels as they stand, for a change that brought no new guest message. */
function unchangedLabels(row: FactsRow, config: RoutingConfig): TicketLabelling {
  return {
    language: row.language,
    topic: row.topic,
    stage: row.stage,
    priority: row.priority,
    escalation: row.escalation,
    team: row.team ?? row.corrected_team ?? config.defaultTeam,
    correctedFields: [],
    newReasons: [],
    notify: [],
  };
}

/**
 * Gives tickets opened by this transaction the hotel's next record numbers. Only those: a ticket
 * that already has its number is never rewritten, so its row keeps no key-changing update that
 * would wait on other batches' message inserts (which share-lock the ticket's key).
 */
async function numberOpenedTickets(
  tx: Queryable,
  hotelId: string,
  ticketIds: readonly string[],
): Promise<void> {
  if (ticketIds.length === 0) return;
  const [row] = await tx.query<{ last: number }>(
    'update hotels set last_record_seq = last_record_seq + $2 where id = $1 returning last_record_seq as last',
    [hotelId, ticketIds.length],
  );
  const first = row!.last - ticketIds.length + 1;
  const numbered = ticketIds.map((id, i) => ({
    id,
    record_seq: first + i,
    record_number: formatRecordNumber(first + i),
  }));
  await tx.query(
    `update tickets t set record_seq = n.record_seq, record_number = n.record_number
       from jsonb_to_recordset($2::jsonb) as n (id uuid, record_seq integer, record_number text)
      where t.id = n.id and t.hotel_id = $1`,
    [hotelId, JSON.stringify(numbered)],
  );
}

/** The ticket's facts after this change: a guest message reopens it as of when the guest wrote. */
function clockFacts(change: TicketChange, row: FactsRow, labelling: TicketLabelling, now: string): FactsRow {
  const status = change.reopened
    ? {
        status: 'open' as const,
        status_changed_at: guestResumedAt(row.status_changed_at, row.guest_returned_at, now),
      }
    : row;
  return { ...row, ...status, stage: labelling.stage, priority: labelling.priority, topic: labelling.topic };
}

function changeRecord(
  change: TicketChange,
  facts: FactsRow,
  labelling: TicketLabelling,
  { sla, clocks }: TicketClocks,
  config: RoutingConfig,
  levels: ReadonlyMap<string, number>,
  now: string,
) {
  const ladder = climbLadder(
    config,
    { status: facts.status, awaitingSince: facts.awaiting_since },
    levels.get(change.ticketId) ?? 0,
    new Date(now),
    { channel: facts.channel, clock: sla },
  );
  const notifications: NewNotification[] = [
    ...labelling.notify.map((notify) => ({
      ticketId: change.ticketId,
      kind: 'escalation' as const,
      notify,
      team: labelling.team,
      reasons: labelling.newReasons,
      level: 0,
      at: now,
    })),
    ...ladder.reached.map((tier) => ({
      ticketId: change.ticketId,
      kind: 'unanswered' as const,
      notify: tier.notify,
      team: labelling.team,
      reasons: labelling.escalation,
      level: tier.level,
      at: tier.at,
    })),
  ];
  const questionWaiting =
    facts.csat_question_at !== null &&
    (facts.csat_answered_at === null || facts.csat_answered_at < facts.csat_question_at);
  return {
    notifications,
    row: {
      id: change.ticketId,
      status: facts.status,
      status_changed_at: facts.status_changed_at,
      first_inbound_at: facts.first_inbound_at,
      last_inbound_at: facts.last_inbound_at,
      last_outbound_at: facts.last_outbound_at,
      first_response_at: facts.first_response_at,
      awaiting_since: facts.awaiting_since,
      added: change.addedMessages,
      guest_name: change.guestName,
      guest_handle: change.guestHandle,
      conversation_title: change.conversationTitle,
      conversation_url: change.conversationUrl,
      sla,
      sla_clocks: clocks,
      language: labelling.language,
      topic: labelling.topic,
      stage: labelling.stage,
      priority: labelling.priority,
      escalation: labelling.escalation,
      team: labelling.team,
      escalation_level: ladder.level,
      escalation_next_at: ladder.nextAt,
      guest_id: change.guestId,
      reservation_number: change.reservationNumber,
      stay_check_in: change.stay?.checkIn ?? null,
      stay_check_out: change.stay?.checkOut ?? null,
      csat_score: facts.csat_score,
      csat_message_id: facts.csat_message_id,
      csat_answered_at: facts.csat_answered_at,
      csat_asked_at: questionWaiting ? facts.csat_question_at : null,
      csat_asked_channel: questionWaiting ? facts.csat_question_channel : null,
      csat_asked_conversation_id: questionWaiting ? facts.csat_question_conversation_id : null,
      reopens: change.reopenedFrom === 'resolved' ? 1 : 0,
      first_response_due_at: clocks.firstResponse.dueAt,
    },
  };
}
