// Before/after a 14-day improvement sprint: every KPI coordinators measure (DOMAIN.md) for the
// period before and for the sprint, side by side with the change and whether it went the
// better way.
import type { BeforeAfterReport, Kpi } from '../../shared/report-contract.ts';
import type { Queryable } from '../db/database.ts';
import { correctionsReport } from './report-corrections.ts';
import { csatReport } from './report-csat.ts';
import { keysOf, resolutionsOf, responsesOf, sum, type Day } from './report-day-merge.ts';
import { roundAverage, share, type ReportRange } from './report-period.ts';
import { publicFiguresOf } from './report-public.ts';
import type { Section } from './report-days.ts';

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

const QA = `
  select avg(points)::float8 as average from qa_scores
   where hotel_id = $1 and closed_at >= $2 and closed_at < $3`;

export const KPI_SECTIONS: Section[] = ['total', 'csat', 'labels', 'publics'];

/** Every KPI of a period: from its days' facts, and QA from its scores. */
export async function kpisOf(
  db: Queryable,
  hotelId: string,
  days: readonly Day[],
  range: ReportRange,
): Promise<Record<Kpi, number | null>> {
  const [qa] = await db.query<{ average: number | null }>(QA, [hotelId, range.start, range.end]);
  const responses = responsesOf(
    days.map((day) => day.facts.total),
    range.now,
  );
  const resolutions = resolutionsOf(days.map((day) => day.facts.total));
  const total = (value: (t: Day['facts']['total']) => number) => sum(days, (day) => value(day.facts.total));
  const csat = csatReport(days);
  const corrections = correctionsReport(days);
  const publics = keysOf(days, (f) => f.publics).map((source) => publicFiguresOf(days, source));
  return {
    tickets: responses.tickets,
    firstResponseMedianMinutes: responses.medianMinutes,
    firstResponseP90Minutes: responses.p90Minutes,
    slaMetRate: share(responses.met, responses.met + responses.missed),
    resolutionMedianMinutes: resolutions.medianMinutes,
    resolutionRate: share(
      total((t) => t.resolvedNow),
      responses.tickets,
    ),
    reopenRate: share(
      total((t) => t.reopened),
      total((t) => t.everResolved),
    ),
    escalationRate: share(
      total((t) => t.escalated),
      responses.tickets,
    ),
    csatAverage: csat.overall[0]!.average,
    complaintCsatAverage: csat.complaints.find((row) => row.group === 'all')!.average,
    qaAveragePoints: roundAverage(qa?.average),
    correctionRate: share(
      sum(corrections.fields, (row) => row.corrected),
      sum(corrections.fields, (row) => row.classified),
    ),
    publicResponseRate: share(
      sum(publics, (row) => row.answered),
      sum(publics, (row) => row.contacts),
    ),
  };
}

export function beforeAfterReport(
  was: Record<Kpi, number | null>,
  is: Record<Kpi, number | null>,
): BeforeAfterReport['kpis'] {
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
