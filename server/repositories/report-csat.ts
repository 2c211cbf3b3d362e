// CSAT after closing: the guests' 1-5 answers given in the period, overall, by score and by topic;
// and complaints apart, where the answer is the outcome of the service recovery (4 or 5:
// recovered), with and without an approved compensation.
import type { ComplaintGroup, CsatReport } from '../../shared/report-contract.ts';
import type { Topic } from '../../shared/taxonomy.ts';
import type { Queryable } from '../db/database.ts';
import { roundAverage, share, type ReportRange } from './report-period.ts';

const SATISFIED = 4;

const ANSWERS = `
  select topic, csat_score as score, count(*)::int as responses
    from tickets
   where hotel_id = $1 and csat_answered_at >= $2 and csat_answered_at < $3
   group by topic, csat_score`;

// Complaints are a small share of the answers: only their rows are read for the compensation.
const COMPLAINTS = `
  select coalesce(compensation ->> 'status' = 'approved', false) as compensated, csat_score as score,
         count(*)::int as responses
    from tickets
   where hotel_id = $1 and csat_answered_at >= $2 and csat_answered_at < $3 and topic = 'complaint'
   group by 1, 2`;

interface Answers {
  score: number;
  responses: number;
}

function summarise(rows: readonly Answers[]) {
  const responses = rows.reduce((sum, row) => sum + row.responses, 0);
  const points = rows.reduce((sum, row) => sum + row.score * row.responses, 0);
  const satisfied = rows.filter((row) => row.score >= SATISFIED).reduce((sum, row) => sum + row.responses, 0);
  return {
    responses,
    average: responses === 0 ? null : roundAverage(points / responses),
    satisfied,
    satisfiedRate: share(satisfied, responses),
  };
}

export async function csatReport(
  db: Queryable,
  hotelId: string,
  range: ReportRange,
): Promise<Pick<CsatReport, 'overall' | 'scores' | 'topics' | 'complaints'>> {
  const params = [hotelId, range.start, range.end];
  const answers = await db.query<Answers & { topic: Topic | null }>(ANSWERS, params);
  const complaints = await db.query<Answers & { compensated: boolean }>(COMPLAINTS, params);
  const topics = [...new Set(answers.flatMap((row) => (row.topic === null ? [] : [row.topic])))].sort();
  const groups: Record<ComplaintGroup, Answers[]> = {
    all: complaints,
    compensated: complaints.filter((row) => row.compensated),
    not_compensated: complaints.filter((row) => !row.compensated),
  };
  return {
    overall: [summarise(answers)],
    scores: [1, 2, 3, 4, 5].map((score) => ({
      score,
      responses: answers.filter((row) => row.score === score).reduce((sum, row) => sum + row.responses, 0),
    })),
    topics: topics.map((topic) => {
      const { responses, average, satisfiedRate } = summarise(answers.filter((row) => row.topic === topic));
      return { topic, responses, average, satisfiedRate };
    }),
    complaints: (Object.keys(groups) as ComplaintGroup[]).map((group) => {
      const { responses, average, satisfied } = summarise(groups[group]);
      return { group, responses, average, recovered: satisfied, recoveryRate: share(satisfied, responses) };
    }),
  };
}
