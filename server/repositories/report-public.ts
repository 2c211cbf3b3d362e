// Public contacts (issue 11): comments and reviews opened in the period, per source and per
// source and week, with their rating (on a 1-5 scale), the hotel's public reply (its first
// public outbound message after the guest's first public one), and whether the conversation
// moved to a private channel (a private guest message joined the ticket) and was solved there.
// Worked out from the messages' visibility, whatever joined them to the ticket.
import type { PublicReport } from '../../shared/report-contract.ts';
import type { PublicSource } from '../../shared/message.ts';
import type { Queryable } from '../db/database.ts';
import { bucketOf, labelOf, minutesBetween, roundAverage, roundMinutes, share, type Buckets } from './report-period.ts';

/** Per public ticket, the facts every public figure (and its drill-down) is made of. */
export const PUBLIC_FACTS = `
  select t.id, t.first_inbound_at, t.public_source, t.status,
         case when t.rating_out_of > 0 then t.rating_value / t.rating_out_of * 5 end as rating,
         said.at as said_at, reply.at as reply_at, private.at as private_at
    from tickets t
   cross join lateral (select min(m.sent_at) as at from messages m
                        where m.ticket_id = t.id and m.direction = 'inbound' and m.visibility = 'public') said
    left join lateral (select min(m.sent_at) as at from messages m
                        where m.ticket_id = t.id and m.direction = 'outbound' and m.visibility = 'public'
                          and m.sent_at >= said.at) reply on true
    left join lateral (select min(m.sent_at) as at from messages m
                        where m.ticket_id = t.id and m.direction = 'inbound' and m.visibility = 'private'
                          and m.sent_at >= said.at) private on true
   where t.hotel_id = $1 and t.visibility = 'public' and t.first_inbound_at >= $2 and t.first_inbound_at < $3`;

export const MOVED_PRIVATE = 'private_at is not null';
export const SOLVED_PRIVATE = `(${MOVED_PRIVATE} and status in ('resolved', 'closed'))`;

const PUBLIC = `
  with p as (${PUBLIC_FACTS})
  select ${bucketOf('first_inbound_at', '$4')} as week, public_source as source,
         grouping(${bucketOf('first_inbound_at', '$4')}) as all_weeks,
         count(*)::int as contacts, count(rating)::int as rated, avg(rating)::float8 as rating,
         count(reply_at)::int as answered,
         percentile_cont(0.5) within group (order by ${minutesBetween('reply_at', 'said_at')}) as response_median,
         count(*) filter (where ${MOVED_PRIVATE})::int as moved,
         count(*) filter (where ${SOLVED_PRIVATE})::int as solved
    from p
   group by grouping sets ((${bucketOf('first_inbound_at', '$4')}, public_source), (public_source))`;

interface Row {
  week: number | null;
  source: PublicSource | null;
  all_weeks: number;
  contacts: number;
  rated: number;
  rating: number | null;
  answered: number;
  response_median: number | null;
  moved: number;
  solved: number;
}

const figures = (row: Row) => ({
  source: row.source,
  contacts: row.contacts,
  rated: row.rated,
  averageRating: roundAverage(row.rating),
  answered: row.answered,
  responseRate: share(row.answered, row.contacts),
  responseMedianMinutes: roundMinutes(row.response_median),
  movedPrivate: row.moved,
  solvedPrivate: row.solved,
});

const bySource = (a: { source: string | null }, b: { source: string | null }) =>
  (a.source ?? '~').localeCompare(b.source ?? '~');

export async function publicReport(
  db: Queryable,
  hotelId: string,
  weeks: Buckets,
): Promise<Pick<PublicReport, 'weeks' | 'sources' | 'weekly'>> {
  const rows = await db.query<Row>(PUBLIC, [hotelId, weeks.bounds[0], weeks.bounds.at(-1), weeks.bounds]);
  return {
    weeks: weeks.labels,
    sources: rows
      .filter((row) => row.all_weeks === 1)
      .map(figures)
      .sort(bySource),
    weekly: rows
      .filter((row) => row.all_weeks === 0)
      .map((row) => ({ week: labelOf(weeks, row.week!), ...figures(row) }))
      .sort((a, b) => a.week.localeCompare(b.week) || bySource(a, b)),
  };
}
