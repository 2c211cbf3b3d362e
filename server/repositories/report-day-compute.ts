// Works out days' facts (report-day-facts.ts) from their tickets and messages: one query per kind
// of fact over the days' range, each reading an index of migration 040, gathered by Collector.
import type { Queryable } from '../db/database.ts';
import { Collector } from './report-day-collector.ts';
import type { DayFacts, Labels, OpenedRow } from './report-day-facts.ts';
import { TICKET_AGENT } from './report-period.ts';
import { MOVED_PRIVATE, publicFacts, SOLVED_PRIVATE } from './report-public.ts';

const dayOf = (column: string) => `(${column} at time zone $2::text)::date::text`;
// float8, which the driver reads as a number (numeric would come as text).
const minutes = (later: string, earlier: string) =>
  `(extract(epoch from (${later} - ${earlier})) / 60)::float8`;

// Each reads an index of migration 040 for the days' range; $1 hotel, $2 zone, $3/$4 the range.
const OPENED = `
  select ${dayOf('first_inbound_at')} as day, channel, topic, stage, priority, team, status, close_reason,
         root_cause, first_response_agent_id as responder,
         (extract(epoch from first_response_due_at) * 1000)::float8 as due_ms,
         ${minutes('first_response_at', 'first_inbound_at')} as first_minutes,
         first_response_at <= first_response_due_at as met,
         ${minutes('resolved_at', 'first_inbound_at')} as resolution_minutes,
         reopen_count > 0 as reopened, jsonb_array_length(escalation) > 0 as escalated
    from tickets
   where hotel_id = $1 and first_inbound_at >= $3 and first_inbound_at < $4`;

const CORRECTED = `
  select ${dayOf('first_inbound_at')} as day, topic, stage, priority, label_correction, classified_labels
    from tickets
   where hotel_id = $1 and first_inbound_at >= $3 and first_inbound_at < $4 and label_correction is not null`;

const PUBLICS = `
  select ${dayOf('first_inbound_at')} as day, coalesce(public_source, '') as source, rating,
         ${minutes('reply_at', 'said_at')} as reply_minutes, ${MOVED_PRIVATE} as moved, ${SOLVED_PRIVATE} as solved
    from (${publicFacts('$3', '$4')}) p`;

const CLOSED = `
  select ${dayOf('closed_at')} as day, ${TICKET_AGENT} as agent, team, count(*)::int as n
    from tickets
   where hotel_id = $1 and closed_at >= $3 and closed_at < $4 and status = 'closed'
   group by 1, 2, 3`;

const CSAT = `
  select ${dayOf('csat_answered_at')} as day, topic, csat_score as score, ${TICKET_AGENT} as agent, team,
         case when topic = 'complaint' then coalesce(compensation ->> 'status' = 'approved', false) end as compensated,
         count(*)::int as n
    from tickets
   where hotel_id = $1 and csat_answered_at >= $3 and csat_answered_at < $4
   group by 1, 2, 3, 4, 5, 6`;

const MESSAGES = `
  select ${dayOf('sent_at')} as day, channel, count(*)::int as seen, count(ticket_id)::int as logged,
         count(no_reply_needed_at)::int as marked
    from messages
   where hotel_id = $1 and direction = 'inbound' and sent_at >= $3 and sent_at < $4
   group by 1, 2`;

const NO_REPLY_OWED = `
  select ${dayOf('sent_at')} as day, count(*)::int as automatic
    from messages
   where hotel_id = $1 and direction = 'inbound' and sent_at >= $3 and sent_at < $4
     and (classification ->> 'replyOwed') = 'false' and no_reply_needed_at is null
   group by 1`;

/** The facts of each day of the hotel's calendar in the range (its start and end instants), by day. */
export async function computeDayFacts(
  db: Queryable,
  hotelId: string,
  timeZone: string,
  range: { start: string; end: string },
  now: string,
): Promise<Map<string, DayFacts>> {
  const params = [hotelId, timeZone, range.start, range.end];
  const days = new Map<string, Collector>();
  const day = (name: string) => {
    let collector = days.get(name);
    if (!collector) days.set(name, (collector = new Collector(now)));
    return collector;
  };
  for (const row of await db.query<OpenedRow>(OPENED, params)) day(row.day).opened(row);
  for (const row of await db.query<
    Labels & { day: string; label_correction: Partial<Labels>; classified_labels: Partial<Labels> | null }
  >(CORRECTED, params)) {
    day(row.day).corrected(row, row.label_correction, row.classified_labels);
  }
  for (const row of await db.query<{
    day: string;
    source: string;
    rating: number | null;
    reply_minutes: number | null;
    moved: boolean;
    solved: boolean;
  }>(PUBLICS, params)) {
    day(row.day).publicContact(row);
  }
  for (const row of await db.query<{ day: string; agent: string | null; team: string | null; n: number }>(
    CLOSED,
    params,
  )) {
    const closed = day(row.day).facts.closed;
    if (row.agent) closed.agents[row.agent] = (closed.agents[row.agent] ?? 0) + row.n;
    if (row.team) closed.teams[row.team] = (closed.teams[row.team] ?? 0) + row.n;
  }
  for (const row of await db.query<{
    day: string;
    topic: string | null;
    score: number;
    agent: string | null;
    team: string | null;
    compensated: boolean | null;
    n: number;
  }>(CSAT, params)) {
    day(row.day).csat(row);
  }
  for (const row of await db.query<{
    day: string;
    channel: string;
    seen: number;
    logged: number;
    marked: number;
  }>(MESSAGES, params)) {
    const messages = day(row.day).facts.messages;
    messages.channels[row.channel] = [row.seen, row.logged];
    messages.marked += row.marked;
  }
  for (const row of await db.query<{ day: string; automatic: number }>(NO_REPLY_OWED, params)) {
    day(row.day).facts.messages.automatic += row.automatic;
  }
  return new Map([...days].map(([name, collector]) => [name, collector.done()]));
}
