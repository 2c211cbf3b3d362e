// Before/after a 14-day improvement sprint: every KPI coordinators measure (DOMAIN.md) for the
// period before and for the sprint, side by side with the change and whether it went the
// better way.
import type { BeforeAfterReport, Kpi } from '../../shared/report-contract.ts';
import type { Queryable } from '../db/database.ts';
import { correctionsReport } from './report-corrections.ts';
import { csatReport } from './report-csat.ts';
import {
  minutesBetween,
  roundAverage,
  roundMinutes,
  share,
  SLA_MET,
  slaMissed,
  type ReportRange,
} from './report-period.ts';
import { publicReport } from './report-public.ts';

const BETTER: Record<Kpi, 'higher' | 'lower' | 'neither'> = {
  tickets: 'neither',
  firstResponseMedianMinutes: 'lower',
  firstResponseP90Minutes: 'lower',
  slaMetRate: 'higher',
  resolutionMedianMinutes: 'lower',
  resolutionRate: 'higher',
  reopenRate: 'lower',
  escalationRate: 'neither',
  csatAverage: 'higher',
  complaintCsatAverage: 'higher',
  qaAveragePoints: 'higher',
  correctionRate: 'lower',
  publicResponseRate: 'higher',
};

const TICKETS = `
  select count(*)::int as tickets,
         percentile_cont(0.5) within group (order by ${minutesBetween('first_response_at', 'first_inbound_at')}) as first_median,
         percentile_cont(0.9) within group (order by ${minutesBetween('first_response_at', 'first_inbound_at')}) as first_p90,
         count(*) filter (where ${SLA_MET})::int as met,
         count(*) filter (where ${slaMissed('$4')})::int as missed,
         percentile_cont(0.5) within group (order by ${minutesBetween('resolved_at', 'first_inbound_at')}) as resolution_median,
         count(*) filter (where status in ('resolved', 'closed'))::int as resolved_now,
         count(*) filter (where resolved_at is not null or reopen_count > 0)::int as ever_resolved,
         count(*) filter (where reopen_count > 0)::int as reopened,
         count(*) filter (where jsonb_array_length(escalation) > 0)::int as escalated
    from tickets
   where hotel_id = $1 and first_inbound_at >= $2 and first_inbound_at < $3`;

const QA = `
  select avg(points)::float8 as average from qa_scores
   where hotel_id = $1 and closed_at >= $2 and closed_at < $3`;

interface TicketFigures {
  tickets: number;
  first_median: number | null;
  first_p90: number | null;
  met: number;
  missed: number;
  resolution_median: number | null;
  resolved_now: number;
  ever_resolved: number;
  reopened: number;
  escalated: number;
}

export async function kpisOf(db: Queryable, hotelId: string, range: ReportRange): Promise<Record<Kpi, number | null>> {
  const params = [hotelId, range.start, range.end];
  const [t] = (await db.query<TicketFigures>(TICKETS, [...params, range.now])) as [TicketFigures];
  const [qa] = await db.query<{ average: number | null }>(QA, params);
  const csat = await csatReport(db, hotelId, range);
  const corrections = await correctionsReport(db, hotelId, range);
  const publics = await publicReport(db, hotelId, { labels: ['period'], bounds: [range.start, range.end] });
  const sum = <T>(rows: T[], value: (row: T) => number) => rows.reduce((total, row) => total + value(row), 0);
  return {
    tickets: t.tickets,
    firstResponseMedianMinutes: roundMinutes(t.first_median),
    firstResponseP90Minutes: roundMinutes(t.first_p90),
    slaMetRate: share(t.met, t.met + t.missed),
    resolutionMedianMinutes: roundMinutes(t.resolution_median),
    resolutionRate: share(t.resolved_now, t.tickets),
    reopenRate: share(t.reopened, t.ever_resolved),
    escalationRate: share(t.escalated, t.tickets),
    csatAverage: csat.overall[0]!.average,
    complaintCsatAverage: csat.complaints.find((row) => row.group === 'all')!.average,
    qaAveragePoints: roundAverage(qa?.average),
    correctionRate: share(
      sum(corrections.fields, (row) => row.corrected),
      sum(corrections.fields, (row) => row.classified),
    ),
    publicResponseRate: share(
      sum(publics.sources, (row) => row.answered),
      sum(publics.sources, (row) => row.contacts),
    ),
  };
}

export async function beforeAfterReport(
  db: Queryable,
  hotelId: string,
  before: ReportRange,
  sprint: ReportRange,
): Promise<BeforeAfterReport['kpis']> {
  const was = await kpisOf(db, hotelId, before);
  const is = await kpisOf(db, hotelId, sprint);
  return (Object.keys(BETTER) as Kpi[]).map((kpi) => {
    const [from, to] = [was[kpi], is[kpi]];
    const change = from === null || to === null ? null : Math.round((to - from) * 1000) / 1000;
    const better = BETTER[kpi];
    return {
      kpi,
      better,
      before: from,
      sprint: to,
      change,
      relativeChange: change === null || from === 0 ? null : Math.round((change / from!) * 1000) / 1000,
      improved:
        change === null || better === 'neither' ? null : better === 'higher' ? change > 0 : change < 0,
    };
  });
}
