// The weekly series (DOMAIN.md "What coordinators measure"): per week of the hotel's calendar the
// top five topics, volume, first response and SLA per channel, resolution time per topic, reopen
// and escalation rates, CSAT. Added up from the weeks' day facts.
import type { WeeklyReport } from '../../shared/report-contract.ts';
import { mondayOf } from '../../shared/report-calendar.ts';
import type { Channel, Topic } from '../../shared/taxonomy.ts';
import { csatOf } from './report-csat.ts';
import { bucketed, keysOf, resolutionsOf, responsesOf, sum, type Day } from './report-day-merge.ts';
import { share } from './report-period.ts';
import type { Section } from './report-days.ts';

const TOP_TOPICS = 5;

export const WEEKLY_SECTIONS: Section[] = ['channels', 'topics', 'total', 'csat'];

export function weeklyReport(
  days: readonly Day[],
  weeks: string[],
  now: string,
): Omit<WeeklyReport, 'timeZone' | 'from' | 'to'> {
  const byWeek = bucketed(days, weeks, mondayOf);
  const channels = keysOf(days, (f) => f.channels) as Channel[];
  const topics = keysOf(days, (f) => f.topics) as Topic[];
  const resolution = byWeek.flatMap(({ label, days: week }) =>
    topics
      .map((topic) => ({ topic, ...resolutionsOf(week.map((day) => day.facts.topics[topic])) }))
      .filter((row) => row.tickets > 0)
      .map((row) => ({
        week: label,
        topic: row.topic,
        tickets: row.tickets,
        resolved: row.resolved,
        resolutionMedianMinutes: row.medianMinutes,
        resolutionP90Minutes: row.p90Minutes,
      })),
  );
  return {
    weeks,
    topTopics: weeks.flatMap((week) =>
      resolution
        .filter((row) => row.week === week)
        .sort((a, b) => b.tickets - a.tickets || a.topic.localeCompare(b.topic))
        .slice(0, TOP_TOPICS)
        .map((row, index) => ({ week, rank: index + 1, topic: row.topic, tickets: row.tickets })),
    ),
    channels: byWeek.flatMap(({ label, days: week }) =>
      channels
        .map((channel) => ({
          channel,
          ...responsesOf(
            week.map((day) => day.facts.channels[channel]),
            now,
          ),
        }))
        .filter((row) => row.tickets > 0)
        .map((row) => ({
          week: label,
          channel: row.channel,
          tickets: row.tickets,
          answered: row.answered,
          firstResponseMedianMinutes: row.medianMinutes,
          firstResponseP90Minutes: row.p90Minutes,
          slaMet: row.met,
          slaMissed: row.missed,
          slaMetRate: share(row.met, row.met + row.missed),
        })),
    ),
    resolution,
    // Every week, quiet ones too: a chart of rates needs its gaps shown, not closed up.
    rates: byWeek.map(({ label, days: week }) => {
      const total = (value: (t: Day['facts']['total']) => number) =>
        sum(week, (day) => value(day.facts.total));
      const csat = csatOf(week);
      return {
        week: label,
        tickets: total((t) => t.tickets),
        everResolved: total((t) => t.everResolved),
        reopened: total((t) => t.reopened),
        reopenRate: share(
          total((t) => t.reopened),
          total((t) => t.everResolved),
        ),
        escalated: total((t) => t.escalated),
        escalationRate: share(
          total((t) => t.escalated),
          total((t) => t.tickets),
        ),
        csatResponses: csat.responses,
        csatAverage: csat.average,
      };
    }),
  };
}
