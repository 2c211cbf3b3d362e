// QA scores over a period (of the tickets closed in it): per agent with the share of each
// checklist point, per agent and week (the trend), and every score with its coaching note; and
// the hotel's sample size, changed by coordinators with a record of the change.
import {
  QA_CHECKS,
  type QaReport,
  type QaScore,
  type QaSettings,
} from '../../shared/report-loop-contract.ts';
import type { Database, Queryable } from '../db/database.ts';
import { recordReportChange } from './report-changes.ts';
import { roundAverage, share, type ReportRange } from './report-period.ts';
import {
  QA_SCORE_COLUMNS,
  QA_SCORE_JOINS,
  qaSampleSize,
  toQaScore,
  type QaScoreRow,
} from './report-qa-sample.ts';

export async function qaReport(
  db: Queryable,
  hotelId: string,
  timeZone: string,
  weeks: string[],
  range: ReportRange,
): Promise<Pick<QaReport, 'weeks' | 'agents' | 'weekly' | 'scores'>> {
  const rows = await db.query<QaScoreRow>(
    `select ${QA_SCORE_COLUMNS} from qa_scores q ${QA_SCORE_JOINS}
      where q.hotel_id = $1 and q.closed_at >= $2 and q.closed_at < $3
      order by q.closed_at, t.record_seq`,
    [hotelId, range.start, range.end],
  );
  const scores = rows.map((row) => toQaScore(row, timeZone));
  const byAgent = new Map<string, QaScore[]>();
  for (const score of scores) {
    if (score.agentId !== null) byAgent.set(score.agentId, [...(byAgent.get(score.agentId) ?? []), score]);
  }
  const summary = (list: readonly QaScore[]) => ({
    scored: list.length,
    averagePoints:
      list.length === 0 ? null : roundAverage(list.reduce((sum, s) => sum + s.points, 0) / list.length),
  });
  const agents = [...byAgent]
    .map(([agentId, mine]) => {
      const rates = Object.fromEntries(
        QA_CHECKS.map((check) => [
          check,
          share(mine.filter((score) => score.checks[check]).length, mine.length),
        ]),
      ) as Record<(typeof QA_CHECKS)[number], number | null>;
      return { agentId, agentName: mine[0]!.agentName!, ...summary(mine), ...rates };
    })
    .sort((a, b) => a.agentName.localeCompare(b.agentName));
  return {
    weeks,
    agents,
    weekly: weeks.flatMap((week) =>
      agents.flatMap((agent) => {
        const mine = byAgent.get(agent.agentId)!.filter((score) => score.week === week);
        return mine.length === 0
          ? []
          : [{ week, agentId: agent.agentId, agentName: agent.agentName, ...summary(mine) }];
      }),
    ),
    scores,
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
