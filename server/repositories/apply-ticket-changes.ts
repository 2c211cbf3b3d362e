// After an ingest has written its messages: recompute each touched ticket's facts from its
// messages, its SLA clock from the hotel's policy, give opened tickets their record numbers, and
// write it all with a new change_seq: the same few statements whatever the batch size.
import type { SlaPolicy } from '../../shared/sla-policy.ts';
import { formatRecordNumber, type Ticket } from '../../shared/ticket.ts';
import type { Queryable } from '../db/database.ts';
import type { PlannedTicketChange } from '../services/ingest-plan.ts';
import { ticketClock, type ClockFacts } from '../services/ticket-clock.ts';
import { lockHotelChanges } from './locks.ts';
import { hotelSlaPolicy } from './tenant-repository.ts';
import { OWNER_JOIN, TICKET_COLUMNS, toTicket, type TicketRow } from './ticket-row.ts';

type FactsRow = ClockFacts & {
  id: string;
  last_inbound_at: string;
  last_outbound_at: string | null;
};

// Every fact is a min or max over the messages_by_ticket index, so a long conversation costs a
// few index probes, not a scan.
const READ_FACTS = `
  select t.id, t.status, t.status_changed_at, t.channel, t.stage, t.priority,
         i.first_inbound_at, i.last_inbound_at, o.last_outbound_at, r.first_response_at, w.awaiting_since
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
                          and (o.last_outbound_at is null or m.sent_at > o.last_outbound_at)) w
   where t.hotel_id = $1 and t.id = any($2::uuid[])`;

const APPLY_CHANGES = `
  with change as (
    select * from jsonb_to_recordset($2::jsonb) as c (
      id uuid, record_number text, record_seq integer, status text, status_changed_at timestamptz,
      first_inbound_at timestamptz, last_inbound_at timestamptz, last_outbound_at timestamptz,
      first_response_at timestamptz, awaiting_since timestamptz, added integer, guest_name text,
      guest_handle text, conversation_title text, conversation_url text, sla jsonb)
  ), t as (
    update tickets t set
      record_seq = coalesce(t.record_seq, c.record_seq),
      record_number = coalesce(t.record_number, c.record_number),
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
  changes: readonly PlannedTicketChange[],
  now: string,
): Promise<Ticket[]> {
  if (changes.length === 0) return [];
  const facts = new Map(
    (await tx.query<FactsRow>(READ_FACTS, [hotelId, changes.map((c) => c.ticketId)])).map((row) => [
      row.id,
      row,
    ]),
  );
  const policy = await hotelSlaPolicy(tx, hotelId);
  await lockHotelChanges(tx, hotelId);
  const opened = changes.filter((c) => c.opened);
  let nextSeq = opened.length > 0 ? await allocateRecordSeqs(tx, hotelId, opened.length) : 0;
  const rows = changes.map((change) => {
    const row = facts.get(change.ticketId)!;
    const recordSeq = change.opened ? nextSeq++ : null;
    return changeRecord(change, row, policy, now, recordSeq);
  });
  return (await tx.query<TicketRow>(APPLY_CHANGES, [hotelId, JSON.stringify(rows), now])).map(toTicket);
}

/** Reserves `count` record numbers for the hotel; returns the first. */
async function allocateRecordSeqs(tx: Queryable, hotelId: string, count: number): Promise<number> {
  const [row] = await tx.query<{ last: number }>(
    'update hotels set last_record_seq = last_record_seq + $2 where id = $1 returning last_record_seq as last',
    [hotelId, count],
  );
  return row!.last - count + 1;
}

function changeRecord(
  change: PlannedTicketChange,
  row: FactsRow,
  policy: SlaPolicy,
  now: string,
  recordSeq: number | null,
) {
  const facts: FactsRow = change.reopened ? { ...row, status: 'open', status_changed_at: now } : row;
  return {
    id: change.ticketId,
    record_seq: recordSeq,
    record_number: recordSeq === null ? null : formatRecordNumber(recordSeq),
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
    sla: ticketClock(facts, policy),
  };
}
