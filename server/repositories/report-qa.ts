// QA scores over a period (of the tickets closed in it): per agent with the share of each
// checklist point, per agent and week (the trend), and the scores with their coaching notes; and
// the hotel's sample size, changed by coordinators with a record of the change.
import { QA_CHECKS, type QaReport, type QaSettings } from '../../shared/report-loop-contract.ts';
import type { Database, Queryable } from '../db/database.ts';
import { recordReportChange } from './report-changes.ts';
import { bucketOf, labelOf, roundAverage, share, type Buckets, type ReportRange } from './report-period.ts';
import {
  QA_SCORE_COLUMNS,
  QA_SCORE_JOINS,
  qaSampleSize,
  toQaScore,
  type QaScoreRow,
} from './report-qa-sample.ts';

const CHECK_COLUMNS: Record<(typeof QA_CHECKS)[number], string> = {
  clear: 'clear',
  empathetic: 'empathetic',
  fixConfirmed: 'fix_confirmed',
  rightTeam: 'right_team',
  closingMessage: 'closing_message',
  templateFit: 'template_fit',
};

// Per agent (the whole period) and per agent and week, counted by the database.
const PER_AGENT = `
  select ${bucketOf('q.closed_at', '$4')} as week, grouping(${bucketOf('q.closed_at', '$4')}) as all_weeks,
         q.agent_id, a.name as agent_name, count(*)::int as scored, avg(q.points)::float8 as average,
         ${QA_CHECKS.map((check) => `count(*) filter (where q.${CHECK_COLUMNS[check]})::int as "${check}"`).join(', ')}
    from qa_scores q join agents a on a.id = q.agent_id
   where q.hotel_id = $1 and q.closed_at >= $2 and q.closed_at < $3
   group by grouping sets ((q.agent_id, a.name), (${bucketOf('q.closed_at', '$4')}, q.agent_id, a.name))`;

type AgentRow = {
  week: number | null;
  all_weeks: number;
  agent_id: string;
  agent_name: string;
  scored: number;
  average: number | null;
} & Record<(typeof QA_CHECKS)[number], number>;

/** The period's QA; `scoresLimit` caps the list of scores (newest first), null for all of them. */
export async function qaReport(
  db: Queryable,
  hotelId: string,
  timeZone: string,
  weeks: Buckets,
  range: ReportRange,
  scoresLimit: number | null,
): Promise<Pick<QaReport, 'weeks' | 'agents' | 'weekly' | 'scores' | 'scoresTotal'>> {
  const params = [hotelId, range.start, range.end];
  const grouped = await db.query<AgentRow>(PER_AGENT, [...params, weeks.bounds]);
  const [counted] = await db.query<{ total: number }>(
    'select count(*)::int as total from qa_scores q where q.hotel_id = $1 and q.closed_at >= $2 and q.closed_at < $3',
    params,
  );
  const rows = await db.query<QaScoreRow>(
    `select ${QA_SCORE_COLUMNS} from qa_scores q ${QA_SCORE_JOINS}
      where q.hotel_id = $1 and q.closed_at >= $2 and q.closed_at < $3
      order by q.closed_at desc, t.record_seq desc
      ${scoresLimit === null ? '' : `limit ${scoresLimit}`}`,
    params,
  );
  const summary = (row: AgentRow) => ({ scored: row.scored, averagePoints: roundAverage(row.average) });
  return {
    weeks: weeks.labels,
    agents: grouped
      .filter((row) => row.all_weeks === 1)
      .map((row) => ({
        agentId: row.agent_id,
        agentName: row.agent_name,
        ...summary(row),
        ...(Object.fromEntries(QA_CHECKS.map((check) => [check, share(row[check], row.scored)])) as Record<
          (typeof QA_CHECKS)[number],
          number | null
        >),
      }))
      .sort((a, b) => a.agentName.localeCompare(b.agentName) || a.agentId.localeCompare(b.agentId)),
    weekly: grouped
      .filter((row) => row.all_weeks === 0)
      .map((row) => ({
        week: labelOf(weeks, row.week!),
        agentId: row.agent_id,
        agentName: row.agent_name,
        ...summary(row),
      }))
      .sort((a, b) => a.week.localeCompare(b.week) || a.agentName.localeCompare(b.agentName)),
    scores: rows.map((row) => toQaScore(row, timeZone)),
    scoresTotal: counted!.total,
  };
}

export async function qaSettings(db: Queryable, hotelId: string): Promise<QaSettings> {
  return { samplePerAgent: await qaSampleSize(db, hotelId) };
}

export async function updateQaSettings(
  db: Database,
  hotelId: string,
  agentId: string,
  settings: QaSettings,
  now: string,
): Promise<QaSettings> {
  return db.transaction(async (tx) => {
    await tx.query('select id from hotels where id = $1 for update', [hotelId]);
    const before = await qaSettings(tx, hotelId);
    await tx.query('update hotels set qa_sample_size = $2 where id = $1', [hotelId, settings.samplePerAgent]);
    await recordReportChange(tx, {
      hotelId,
      agentId,
      subject: 'qa_settings',
      subjectId: null,
      before,
      after: settings,
      at: now,
    });
    return settings;
  });
}
