// The weekly series (DOMAIN.md "What coordinators measure"): per week of the hotel's calendar the
// top five topics, volume, first response and SLA per channel, resolution time per topic, reopen
// and escalation rates, CSAT. One pass over the period's tickets (grouping sets) and one over its
// CSAT answers, both read from an index (migration 040).
import type { WeeklyReport } from '../../shared/report-contract.ts';
import type { Channel, Topic } from '../../shared/taxonomy.ts';
import type { Queryable } from '../db/database.ts';
import {
  bucketOf,
  labelOf,
  minutesBetween,
  roundAverage,
  roundMinutes,
  share,
  SLA_MET,
  slaMissed,
  type Buckets,
  type ReportRange,
} from './report-period.ts';

const TOP_TOPICS = 5;

const WEEKLY_TICKETS = `
  with t as (
    select ${bucketOf('first_inbound_at', '$2')} as week, channel, topic,
           ${minutesBetween('first_response_at', 'first_inbound_at')} as first_minutes,
           ${SLA_MET} as met, ${slaMissed('$5')} as missed,
           ${minutesBetween('resolved_at', 'first_inbound_at')} as resolution_minutes,
           (resolved_at is not null or reopen_count > 0) as ever_resolved,
           reopen_count > 0 as reopened,
           jsonb_array_length(escalation) > 0 as escalated
      from tickets
     where hotel_id = $1 and first_inbound_at >= $3 and first_inbound_at < $4
  )
  select week, channel, topic, grouping(channel) as by_topic, grouping(topic) as by_channel,
         count(*)::int as tickets, count(first_minutes)::int as answered,
         percentile_cont(0.5) within group (order by first_minutes) as first_median,
         percentile_cont(0.9) within group (order by first_minutes) as first_p90,
         count(*) filter (where met)::int as met, count(*) filter (where missed)::int as missed,
         count(resolution_minutes)::int as resolved,
         percentile_cont(0.5) within group (order by resolution_minutes) as resolution_median,
         percentile_cont(0.9) within group (order by resolution_minutes) as resolution_p90,
         count(*) filter (where ever_resolved)::int as ever_resolved,
         count(*) filter (where reopened)::int as reopened,
         count(*) filter (where escalated)::int as escalated
    from t
   group by grouping sets ((week, channel), (week, topic), (week))`;

const WEEKLY_CSAT = `
  select ${bucketOf('csat_answered_at', '$2')} as week, count(*)::int as responses,
         avg(csat_score)::float8 as average
    from tickets
   where hotel_id = $1 and csat_answered_at >= $3 and csat_answered_at < $4
   group by 1`;

interface WeekRow {
  week: number;
  channel: Channel | null;
  topic: Topic | null;
  /** 1 in the rows grouped without the channel (the topic rows and the week's totals). */
  by_topic: number;
  by_channel: number;
  tickets: number;
  answered: number;
  first_median: number | null;
  first_p90: number | null;
  met: number;
  missed: number;
  resolved: number;
  resolution_median: number | null;
  resolution_p90: number | null;
  ever_resolved: number;
  reopened: number;
  escalated: number;
}

type Series = Omit<WeeklyReport, 'timeZone' | 'from' | 'to'>;

export async function weeklyReport(
  db: Queryable,
  hotelId: string,
  weeks: Buckets,
  range: ReportRange,
): Promise<Series> {
  const params = [hotelId, weeks.bounds, range.start, range.end];
  const rows = await db.query<WeekRow>(WEEKLY_TICKETS, [...params, range.now]);
  const csat = await db.query<{ week: number; responses: number; average: number | null }>(
    WEEKLY_CSAT,
    params,
  );
  const channelRows = rows.filter((row) => row.by_channel === 1 && row.by_topic === 0);
  const topicRows = rows.filter((row) => row.by_topic === 1 && row.by_channel === 0 && row.topic !== null);
  const totals = rows.filter((row) => row.by_topic === 1 && row.by_channel === 1);
  const week = (row: { week: number }) => labelOf(weeks, row.week);
  const inOrder = <T extends { week: string }>(list: T[], key: (item: T) => string) =>
    list.sort((a, b) => a.week.localeCompare(b.week) || key(a).localeCompare(key(b)));

  return {
    weeks: weeks.labels,
    topTopics: weeks.labels.flatMap((label) =>
      topicRows
        .filter((row) => week(row) === label)
        .sort((a, b) => b.tickets - a.tickets || a.topic!.localeCompare(b.topic!))
        .slice(0, TOP_TOPICS)
        .map((row, index) => ({ week: label, rank: index + 1, topic: row.topic!, tickets: row.tickets })),
    ),
    channels: inOrder(
      channelRows.map((row) => ({
        week: week(row),
        channel: row.channel!,
        tickets: row.tickets,
        answered: row.answered,
        firstResponseMedianMinutes: roundMinutes(row.first_median),
        firstResponseP90Minutes: roundMinutes(row.first_p90),
        slaMet: row.met,
        slaMissed: row.missed,
        slaMetRate: share(row.met, row.met + row.missed),
      })),
      (row) => row.channel,
    ),
    resolution: inOrder(
      topicRows.map((row) => ({
        week: week(row),
        topic: row.topic!,
        tickets: row.tickets,
        resolved: row.resolved,
        resolutionMedianMinutes: roundMinutes(row.resolution_median),
        resolutionP90Minutes: roundMinutes(row.resolution_p90),
      })),
      (row) => row.topic,
    ),
    // Every week, quiet ones too: a chart of rates needs its gaps shown, not closed up.
    rates: weeks.labels.map((label) => {
      const total = totals.find((row) => week(row) === label);
      const answers = csat.find((row) => week(row) === label);
      return {
        week: label,
        tickets: total?.tickets ?? 0,
        everResolved: total?.ever_resolved ?? 0,
        reopened: total?.reopened ?? 0,
        reopenRate: share(total?.reopened ?? 0, total?.ever_resolved ?? 0),
        escalated: total?.escalated ?? 0,
        escalationRate: share(total?.escalated ?? 0, total?.tickets ?? 0),
        csatResponses: answers?.responses ?? 0,
        csatAverage: roundAverage(answers?.average),
      };
    }),
  };
}
