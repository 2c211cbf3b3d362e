// Days' facts added up into a period's (or a week's, a month's) figures: counts and sums add;
// durations merge into a median and p90; a first-response target still pending when a day was
// worked out counts as missed once `now` has passed it.
import type { DayFacts, Resolutions, Responses } from './report-day-facts.ts';
import { mergeDurations, percentile, type Durations } from './report-durations.ts';
import { roundMinutes } from './report-period.ts';

export interface Day {
  day: string;
  facts: DayFacts;
}

export interface ResponseFigures {
  tickets: number;
  answered: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  met: number;
  missed: number;
}

export function medianAndP90(parts: Durations[]): {
  medianMinutes: number | null;
  p90Minutes: number | null;
} {
  const merged = mergeDurations(parts);
  return {
    medianMinutes: roundMinutes(percentile(merged, 0.5)),
    p90Minutes: roundMinutes(percentile(merged, 0.9)),
  };
}

export function responsesOf(parts: (Responses | undefined)[], now: string): ResponseFigures {
  const present = parts.filter((part): part is Responses => part !== undefined);
  const due = Date.parse(now);
  return {
    tickets: sum(present, (part) => part.tickets),
    answered: sum(present, (part) => part.answered),
    ...medianAndP90(present.map((part) => part.firstResponse)),
    met: sum(present, (part) => part.met),
    missed: sum(present, (part) => part.missed + part.pendingDue.filter((at) => Date.parse(at) < due).length),
  };
}

export function resolutionsOf(parts: (Resolutions | undefined)[]) {
  const present = parts.filter((part): part is Resolutions => part !== undefined);
  return {
    tickets: sum(present, (part) => part.tickets),
    resolved: sum(present, (part) => part.resolved),
    ...medianAndP90(present.map((part) => part.resolution)),
  };
}

export function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}

/** Every key the days' maps hold, sorted. */
export function keysOf(days: readonly Day[], map: (facts: DayFacts) => Record<string, unknown>): string[] {
  return [...new Set(days.flatMap((day) => Object.keys(map(day.facts))))].sort();
}

/** The days grouped by a bucket label (a week's Monday, a month), in the order of `labels`. */
export function bucketed(days: readonly Day[], labels: readonly string[], labelOf: (day: string) => string) {
  return labels.map((label) => ({ label, days: days.filter((day) => labelOf(day.day) === label) }));
}

/** Adds up a count map across days. */
export function addCounts(
  days: readonly Day[],
  map: (facts: DayFacts) => Record<string, number>,
): Record<string, number> {
  const total: Record<string, number> = {};
  for (const day of days)
    for (const [key, n] of Object.entries(map(day.facts))) total[key] = (total[key] ?? 0) + n;
  return total;
}

/** Adds up a map of [n, sum] (or [tickets, of which]) pairs across days. */
export function addPairs(
  days: readonly Day[],
  map: (facts: DayFacts) => Record<string, [number, number]>,
): Record<string, [number, number]> {
  const total: Record<string, [number, number]> = {};
  for (const day of days) {
    for (const [key, [a, b]] of Object.entries(map(day.facts))) {
      const pair = (total[key] ??= [0, 0]);
      pair[0] += a;
      pair[1] += b;
    }
  }
  return total;
}
