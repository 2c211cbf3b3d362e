// How often agents correct the classifier (issue 10), per field and per label it gave, over the
// tickets opened in the period: each day counts its tickets under the label the classifier gave
// (the one a field had when an agent first corrected it, kept by migration 040's trigger) and
// how many an agent changed to another label.
import type { CorrectedField, CorrectionsReport } from '../../shared/report-contract.ts';
import { addPairs, type Day } from './report-day-merge.ts';
import { share } from './report-period.ts';
import type { Section } from './report-days.ts';

const FIELDS: readonly CorrectedField[] = ['topic', 'stage', 'priority'];

export const CORRECTIONS_SECTIONS: Section[] = ['labels'];

export function correctionsReport(days: readonly Day[]): Pick<CorrectionsReport, 'fields' | 'labels'> {
  const labels = Object.entries(addPairs(days, (f) => f.labels))
    .filter(([, [classified]]) => classified > 0)
    .map(([key, [classified, corrected]]) => {
      const [field, label] = key.split('|') as [CorrectedField, string];
      return { field, label, classified, corrected, rate: share(corrected, classified) };
    })
    .sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field) || a.label.localeCompare(b.label));
  return {
    fields: FIELDS.map((field) => {
      const mine = labels.filter((row) => row.field === field);
      const classified = mine.reduce((total, row) => total + row.classified, 0);
      const corrected = mine.reduce((total, row) => total + row.corrected, 0);
      return { field, classified, corrected, rate: share(corrected, classified) };
    }),
    labels,
  };
}
