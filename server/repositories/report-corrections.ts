// How often agents correct the classifier (issue 10), per field and per label it gave, over the
// tickets opened in the period. A ticket's classified label is its label, unless an agent
// corrected that field: then the one it had when corrected (tickets.classified_labels, kept by
// the trigger of migration 040). A correction to the same label is no correction.
import type { CorrectedField, CorrectionsReport } from '../../shared/report-contract.ts';
import type { Queryable } from '../db/database.ts';
import { share, type ReportRange } from './report-period.ts';

const FIELDS: readonly CorrectedField[] = ['topic', 'stage', 'priority'];

const LABELS = `
  select topic, stage, priority, grouping(topic) as no_topic, grouping(stage) as no_stage,
         count(*)::int as tickets
    from tickets
   where hotel_id = $1 and first_inbound_at >= $2 and first_inbound_at < $3
   group by grouping sets ((topic), (stage), (priority))`;

const CORRECTED = `
  select topic, stage, priority, label_correction, classified_labels
    from tickets
   where hotel_id = $1 and first_inbound_at >= $2 and first_inbound_at < $3
     and label_correction is not null`;

type Labels = Record<CorrectedField, string | null>;
type CorrectedRow = Labels & {
  label_correction: Partial<Labels>;
  classified_labels: Partial<Labels> | null;
};

export async function correctionsReport(
  db: Queryable,
  hotelId: string,
  range: ReportRange,
): Promise<Pick<CorrectionsReport, 'fields' | 'labels'>> {
  const params = [hotelId, range.start, range.end];
  const grouped = await db.query<Labels & { no_topic: number; no_stage: number; tickets: number }>(
    LABELS,
    params,
  );
  const corrected = await db.query<CorrectedRow>(CORRECTED, params);
  const classified = new Map<string, number>();
  const changed = new Map<string, number>();
  const add = (counts: Map<string, number>, field: CorrectedField, label: string, by: number) =>
    counts.set(`${field}|${label}`, (counts.get(`${field}|${label}`) ?? 0) + by);

  for (const row of grouped) {
    const field: CorrectedField = row.no_topic === 0 ? 'topic' : row.no_stage === 0 ? 'stage' : 'priority';
    const label = row[field];
    if (label !== null) add(classified, field, label, row.tickets);
  }
  // A corrected field's ticket was counted under the agent's label above: move it to the
  // classifier's, and count the correction there.
  for (const row of corrected) {
    for (const field of FIELDS) {
      if (row.label_correction[field] === undefined) continue;
      const machine = row.classified_labels?.[field] ?? null;
      if (row[field] !== null) add(classified, field, row[field], -1);
      if (machine === null) continue;
      add(classified, field, machine, 1);
      if (row.label_correction[field] !== machine) add(changed, field, machine, 1);
    }
  }

  const labels = [...classified]
    .filter(([, tickets]) => tickets > 0)
    .map(([key, tickets]) => {
      const [field, label] = key.split('|') as [CorrectedField, string];
      const fixes = changed.get(key) ?? 0;
      return { field, label, classified: tickets, corrected: fixes, rate: share(fixes, tickets) };
    })
    .sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field) || a.label.localeCompare(b.label));
  return {
    fields: FIELDS.map((field) => {
      const mine = labels.filter((row) => row.field === field);
      const tickets = mine.reduce((sum, row) => sum + row.classified, 0);
      const fixes = mine.reduce((sum, row) => sum + row.corrected, 0);
      return { field, classified: tickets, corrected: fixes, rate: share(fixes, tickets) };
    }),
    labels,
  };
}
