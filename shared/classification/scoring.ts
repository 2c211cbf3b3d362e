// Turning weighted evidence into a decision and a confidence, the same way for every field.
import type { Signal, SignalField } from './lexicon.ts';

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Total weight per label of one field, and the signals behind each total. */
export function tally(
  signals: readonly Signal[],
  field: SignalField,
): Map<string, { score: number; signals: Signal[] }> {
  const totals = new Map<string, { score: number; signals: Signal[] }>();
  for (const s of signals) {
    if (s.field !== field) continue;
    const entry = totals.get(s.label) ?? { score: 0, signals: [] };
    entry.score += s.weight;
    entry.signals.push(s);
    totals.set(s.label, entry);
  }
  return totals;
}

export interface Decision<L extends string> {
  label: L;
  score: number;
  runnerUp: number;
}

/** The highest-scoring label; ties go to the label listed first in `precedence`. */
export function pickBest<L extends string>(
  scores: ReadonlyMap<L, number>,
  precedence: readonly L[],
): Decision<L> | null {
  let best: Decision<L> | null = null;
  for (const label of precedence) {
    const score = scores.get(label) ?? 0;
    if (score <= 0) continue;
    if (!best || score > best.score)
      best = { label, score, runnerUp: best ? Math.max(best.runnerUp, best.score) : 0 };
    else best.runnerUp = Math.max(best.runnerUp, score);
  }
  return best;
}

/** High when the evidence is strong and the runner-up far behind. */
export function decisionConfidence(score: number, runnerUp: number): number {
  const strength = 1 - Math.exp(-score / 3);
  const margin = (score - runnerUp) / score;
  return round(strength * (0.4 + 0.6 * margin));
}
