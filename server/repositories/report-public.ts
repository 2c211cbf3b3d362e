// Public contacts (issue 11): comments and reviews opened in the period, per source and per
// source and week, with their rating (on a 1-5 scale), the hotel's public reply (its first
// public outbound message after the guest's first public one), and whether the conversation
// moved to a private channel (a private guest message joined the ticket) and was solved there.
// Worked out from the messages' visibility, whatever joined them to the ticket.
import type { PublicReport } from '../../shared/report-contract.ts';
import type { PublicSource } from '../../shared/message.ts';
import { mondayOf } from '../../shared/report-calendar.ts';
import type { PublicFacts } from './report-day-facts.ts';
import { bucketed, keysOf, medianAndP90, sum, type Day } from './report-day-merge.ts';
import { roundAverage, share } from './report-period.ts';
import type { Section } from './report-days.ts';

/**
 * Per public ticket, the facts every public figure (and its drill-down) is made of; $1 is the
 * hotel, `start` and `end` the parameters of the period.
 */
export const publicFacts = (start = '$2', end = '$3') => `
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
   where t.hotel_id = $1 and t.visibility = 'public' and t.first_inbound_at >= ${start} and t.first_inbound_at < ${end}`;

export const MOVED_PRIVATE = 'private_at is not null';
export const SOLVED_PRIVATE = `(${MOVED_PRIVATE} and status in ('resolved', 'closed'))`;

/** A source's figures over some days ("" is a public contact whose source is not known). */
export function publicFiguresOf(days: readonly Day[], source: string) {
  const parts = days.map((day) => day.facts.publics[source]).filter((p): p is PublicFacts => p !== undefined);
  const total = (value: (part: PublicFacts) => number) => sum(parts, value);
  const contacts = total((p) => p.contacts);
  const rated = total((p) => p.rated);
  const answered = total((p) => p.answered);
  return {
    source: source === '' ? null : (source as PublicSource),
    contacts,
    rated,
    averageRating: rated === 0 ? null : roundAverage(total((p) => p.ratingSum) / rated),
    answered,
    responseRate: share(answered, contacts),
    responseMedianMinutes: medianAndP90(parts.map((p) => p.reply)).medianMinutes,
    movedPrivate: total((p) => p.moved),
    solvedPrivate: total((p) => p.solved),
  };
}

export const PUBLIC_SECTIONS: Section[] = ['publics'];

export function publicReport(
  days: readonly Day[],
  weeks: string[],
): Pick<PublicReport, 'weeks' | 'sources' | 'weekly'> {
  const sources = keysOf(days, (f) => f.publics).sort((a, b) => (a || '~').localeCompare(b || '~'));
  return {
    weeks,
    sources: sources.map((source) => publicFiguresOf(days, source)),
    weekly: bucketed(days, weeks, mondayOf).flatMap(({ label, days: week }) =>
      sources
        .map((source) => ({ week: label, ...publicFiguresOf(week, source) }))
        .filter((row) => row.contacts > 0),
    ),
  };
}
