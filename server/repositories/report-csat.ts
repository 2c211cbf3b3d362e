// CSAT after closing: the guests' 1-5 answers given in the period, overall, by score and by topic;
// and complaints apart, where the answer is the outcome of the service recovery (4 or 5:
// recovered), with and without an approved compensation. Added up from the period's days.
import type { ComplaintGroup, CsatReport } from '../../shared/report-contract.ts';
import type { Topic } from '../../shared/taxonomy.ts';
import { addCounts, type Day } from './report-day-merge.ts';
import { roundAverage, share } from './report-period.ts';
import type { Section } from './report-days.ts';

const SATISFIED = 4;

interface Answers {
  score: number;
  responses: number;
}

/** "prefix|score" → answers, as rows. */
function answersOf(counts: Record<string, number>, prefix?: string): Answers[] {
  return Object.entries(counts)
    .filter(([key]) => prefix === undefined || key.slice(0, key.lastIndexOf('|')) === prefix)
    .map(([key, responses]) => ({ score: Number(key.slice(key.lastIndexOf('|') + 1)), responses }));
}

function summarise(rows: readonly Answers[]) {
  const responses = rows.reduce((total, row) => total + row.responses, 0);
  const points = rows.reduce((total, row) => total + row.score * row.responses, 0);
  const satisfied = rows
    .filter((row) => row.score >= SATISFIED)
    .reduce((total, row) => total + row.responses, 0);
  return {
    responses,
    average: responses === 0 ? null : roundAverage(points / responses),
    satisfied,
    satisfiedRate: share(satisfied, responses),
  };
}

/** Every answer of the days, summarised. */
export function csatOf(days: readonly Day[]) {
  return summarise(answersOf(addCounts(days, (f) => f.csat.answers)));
}

export const CSAT_SECTIONS: Section[] = ['csat'];

export function csatReport(
  days: readonly Day[],
): Pick<CsatReport, 'overall' | 'scores' | 'topics' | 'complaints'> {
  const answers = addCounts(days, (f) => f.csat.answers);
  const complaints = addCounts(days, (f) => f.csat.complaints);
  const all = answersOf(answers);
  const topics = [...new Set(Object.keys(answers).map((key) => key.slice(0, key.lastIndexOf('|'))))]
    .filter((topic) => topic !== '')
    .sort() as Topic[];
  const groups: Record<ComplaintGroup, Answers[]> = {
    all: answersOf(complaints),
    compensated: answersOf(complaints, 'true'),
    not_compensated: answersOf(complaints, 'false'),
  };
  return {
    overall: [summarise(all)],
    scores: [1, 2, 3, 4, 5].map((score) => ({
      score,
      responses: all.filter((row) => row.score === score).reduce((total, row) => total + row.responses, 0),
    })),
    topics: topics.map((topic) => {
      const { responses, average, satisfiedRate } = summarise(answersOf(answers, topic));
      return { topic, responses, average, satisfiedRate };
    }),
    complaints: (Object.keys(groups) as ComplaintGroup[]).map((group) => {
      const { responses, average, satisfied } = summarise(groups[group]);
      return { group, responses, average, recovered: satisfied, recoveryRate: share(satisfied, responses) };
    }),
  };
}
