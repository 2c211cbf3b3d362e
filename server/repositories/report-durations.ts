// Durations (minutes) kept per day, week or month so a period's median and p90 need no scan of
// its tickets: a group keeps its values while it has few, and otherwise counts per logarithmic
// bin (each 5% wide, read at its middle). A period's percentile is exact (as PostgreSQL's
// percentile_cont computes it, on values kept to a tenth of a minute) while the values it merges
// number at most EXACT_LIMIT; above, it is read from the bins, within 2.5%.
export interface Durations {
  n: number;
  /** The values, while there are at most EXACT_LIMIT. */
  v?: number[];
  /** Counts of bins o, o + 1, ... (when there are more). */
  o?: number;
  c?: number[];
}

export const EXACT_LIMIT = 32;
const GROWTH = 1.05;

export const binOf = (minutes: number) =>
  minutes < 1 ? 0 : 1 + Math.floor(Math.log(minutes) / Math.log(GROWTH));

/** The middle of a bin: bin 0 holds everything under a minute. */
const middleOf = (bin: number) => (bin === 0 ? 0.5 : GROWTH ** (bin - 1) * ((1 + GROWTH) / 2));

const tenth = (minutes: number) => Math.round(minutes * 10) / 10;

export const NO_DURATIONS: Durations = { n: 0, v: [] };

export function durationsOf(values: readonly number[]): Durations {
  return mergeDurations([{ n: values.length, v: values.map(tenth) }]);
}

/** Several groups' durations as one. */
export function mergeDurations(parts: readonly Durations[]): Durations {
  const n = parts.reduce((sum, part) => sum + part.n, 0);
  if (n <= EXACT_LIMIT && parts.every((part) => part.v)) return { n, v: parts.flatMap((part) => part.v!) };
  const counts = new Map<number, number>();
  const count = (bin: number, by: number) => counts.set(bin, (counts.get(bin) ?? 0) + by);
  for (const part of parts) {
    for (const value of part.v ?? []) count(binOf(value), 1);
    part.c?.forEach((by, index) => by > 0 && count(part.o! + index, by));
  }
  const bins = [...counts.keys()];
  if (bins.length === 0) return { n, v: [] };
  const first = Math.min(...bins);
  const dense = Array.from(
    { length: Math.max(...bins) - first + 1 },
    (_, index) => counts.get(first + index) ?? 0,
  );
  return { n, o: first, c: dense };
}

/** The continuous percentile (0..1), as percentile_cont: interpolated between order statistics. */
export function percentile(durations: Durations, share: number): number | null {
  if (durations.n === 0) return null;
  const at = valueAt(durations);
  const position = share * (durations.n - 1);
  const lower = Math.floor(position);
  const low = at(lower);
  return lower === position ? low : low + (position - lower) * (at(lower + 1) - low);
}

/** The k-th smallest value (0-based): exact, or the middle of its bin. */
function valueAt(durations: Durations): (k: number) => number {
  if (durations.v) {
    const sorted = [...durations.v].sort((a, b) => a - b);
    return (k) => sorted[k]!;
  }
  const counts = durations.c ?? [];
  return (k) => {
    let seen = 0;
    for (let index = 0; index < counts.length; index++) {
      seen += counts[index]!;
      if (k < seen) return middleOf(durations.o! + index);
    }
    return middleOf(durations.o! + counts.length - 1);
  };
}
