// Durations (minutes) kept per day so a period's median and p90 need no scan of its tickets: a
// day keeps its values when it has few, and logarithmic bins (each 5% wide, with the count and
// sum of what fell in it) when it has many. A period's percentile is exact (as PostgreSQL's
// percentile_cont computes it) while the values it merges number at most EXACT_LIMIT; above,
// it is read from the bins, within their 5% width.
export interface Durations {
  n: number;
  /** Every value, when the day had at most EXACT_PER_DAY. */
  values?: number[];
  /** bin → [count, sum of its values], when it had more. */
  bins?: Record<string, [number, number]>;
}

export const EXACT_PER_DAY = 32;
export const EXACT_LIMIT = 256;
const GROWTH = Math.log(1.05);

export const binOf = (minutes: number) => (minutes < 1 ? 0 : 1 + Math.floor(Math.log(minutes) / GROWTH));

const round = (minutes: number) => Math.round(minutes * 1000) / 1000;

/** A day's durations from its values. */
export function durationsOf(values: number[]): Durations {
  if (values.length <= EXACT_PER_DAY) return { n: values.length, values: values.map(round) };
  const bins: Record<string, [number, number]> = {};
  for (const value of values) {
    const bin = (bins[binOf(value)] ??= [0, 0]);
    bin[0] += 1;
    bin[1] += value;
  }
  return { n: values.length, bins };
}

export const NO_DURATIONS: Durations = { n: 0, values: [] };

/** Several days' durations as one. */
export function mergeDurations(parts: readonly Durations[]): Durations {
  const n = parts.reduce((sum, part) => sum + part.n, 0);
  if (n <= EXACT_LIMIT && parts.every((part) => part.values)) {
    return { n, values: parts.flatMap((part) => part.values!) };
  }
  const bins: Record<string, [number, number]> = {};
  for (const part of parts) {
    for (const [key, [count, sum]] of Object.entries(part.bins ?? {})) {
      const bin = (bins[key] ??= [0, 0]);
      bin[0] += count;
      bin[1] += sum;
    }
    for (const value of part.values ?? []) {
      const bin = (bins[binOf(value)] ??= [0, 0]);
      bin[0] += 1;
      bin[1] += value;
    }
  }
  return { n, bins };
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

/** The k-th smallest value (0-based): exact, or its bin's mean. */
function valueAt(durations: Durations): (k: number) => number {
  if (durations.values) {
    const sorted = [...durations.values].sort((a, b) => a - b);
    return (k) => sorted[k]!;
  }
  const bins = Object.entries(durations.bins ?? {})
    .map(([key, [count, sum]]) => ({ bin: Number(key), count, mean: sum / count }))
    .sort((a, b) => a.bin - b.bin);
  return (k) => {
    let seen = 0;
    for (const bin of bins) {
      seen += bin.count;
      if (k < seen) return bin.mean;
    }
    return bins.at(-1)!.mean;
  };
}
