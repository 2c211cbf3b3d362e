// A period's median and p90 from its days' kept durations: exact (as PostgreSQL's percentile_cont)
// while few, read from 5% bins when many; a first-response target pending when a day was worked
// out counts as missed once it has passed.
import { describe, expect, it } from 'vitest';
import type { Responses } from '../../server/repositories/report-day-facts.ts';
import { responsesOf } from '../../server/repositories/report-day-merge.ts';
import { durationsOf, mergeDurations, percentile } from '../../server/repositories/report-durations.ts';

describe('durations kept per day', () => {
  it('are exact while few: percentile_cont interpolates between order statistics', () => {
    const merged = mergeDurations([durationsOf([30, 2]), durationsOf([4])]);
    expect(merged.v).toHaveLength(3);
    expect(percentile(merged, 0.5)).toBe(4);
    expect(percentile(merged, 0.9)).toBeCloseTo(24.8, 10);
    expect(percentile(durationsOf([]), 0.5)).toBeNull();
  });

  it('are read from bins within 2.5% when many', () => {
    const values = Array.from({ length: 5_000 }, (_, i) => 1 + ((i * 7919) % 1000) / 3);
    const sorted = [...values].sort((a, b) => a - b);
    const exact = (share: number) => {
      const position = share * (sorted.length - 1);
      const lower = Math.floor(position);
      return sorted[lower]! + (position - lower) * (sorted[lower + 1]! - sorted[lower]!);
    };
    const days = Array.from({ length: 10 }, (_, day) =>
      durationsOf(values.slice(day * 500, day * 500 + 500)),
    );
    const merged = mergeDurations(days);
    expect(merged.v).toBeUndefined();
    for (const share of [0.5, 0.9]) {
      expect(Math.abs(percentile(merged, share)! - exact(share)) / exact(share)).toBeLessThan(0.025);
    }
  });

  it('count a pending target as missed once it has passed', () => {
    const day: Responses = {
      tickets: 2,
      answered: 0,
      firstResponse: durationsOf([]),
      met: 0,
      missed: 1,
      pendingDue: ['2026-07-01T10:15:00.000Z'],
    };
    expect(responsesOf([day], '2026-07-01T10:00:00.000Z').missed).toBe(1);
    expect(responsesOf([day], '2026-07-01T10:16:00.000Z').missed).toBe(2);
  });
});
