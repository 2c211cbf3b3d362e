import { describe, expect, it } from 'vitest';
import {
  calendarParts,
  decideDayOrder,
  readNumericDate,
  type NumericDate,
} from '../../../content-scripts/adapter-kit/numeric-date-order.ts';

const dates = (...texts: string[]): NumericDate[] => texts.map((t) => readNumericDate(t)!);
// 1 December 2026: any day from the 1st to the 12th is where day and month can be swapped.
const now = new Date(2026, 11, 1, 10, 0);

describe('numeric dates read in the order the page uses', () => {
  it('reads dotted and dashed dates day first whatever the language', () => {
    const order = decideDayOrder({ dates: dates('01.12.2026'), browserLanguage: 'en-US', now });
    expect(calendarParts(readNumericDate('01.12.2026')!, order)).toEqual({ year: 2026, month: 12, day: 1 });
    expect(calendarParts(readNumericDate('01-12-2026')!, 'month-first')).toEqual({
      year: 2026,
      month: 12,
      day: 1,
    });
  });

  it('reads year-first dates as written', () => {
    expect(calendarParts(readNumericDate('2026-03-14')!, 'month-first')).toEqual({
      year: 2026,
      month: 3,
      day: 14,
    });
  });

  it('lets one unambiguous date on the page decide every ambiguous one, before any language', () => {
    const page = dates('05/11/2026', '25/11/2026', '01/12/2026');
    const order = decideDayOrder({ dates: page, pageLanguage: 'en', browserLanguage: 'en-US', now });
    expect(order).toBe('day-first');
    expect(page.map((d) => calendarParts(d, order))).toEqual([
      { year: 2026, month: 11, day: 5 },
      { year: 2026, month: 11, day: 25 },
      { year: 2026, month: 12, day: 1 },
    ]);
    expect(decideDayOrder({ dates: dates('11/25/2026', '12/1/2026'), pageLanguage: 'tr', now })).toBe(
      'month-first',
    );
  });

  it('never reads a page so that one of its dates lies in the future', () => {
    // 10/12/2026 on 1 December 2026: 10 December has not come yet, so it is 12 October.
    expect(decideDayOrder({ dates: dates('10/12/2026'), pageLanguage: 'en-GB', now })).toBe('month-first');
    // Both readings past (11 November / 1 December or 11 November / 12 January): the language decides.
    expect(decideDayOrder({ dates: dates('11/11/2026', '12/01/2026'), pageLanguage: 'en-US', now })).toBe(
      'month-first',
    );
  });

  it("uses the page's UI language before the browser's", () => {
    const page = dates('01/11/2026');
    expect(decideDayOrder({ dates: page, pageLanguage: 'es', browserLanguage: 'en-US', now })).toBe(
      'day-first',
    );
    expect(decideDayOrder({ dates: page, pageLanguage: 'en-US', browserLanguage: 'tr-TR', now })).toBe(
      'month-first',
    );
    // "en" alone names no order: the browser's language decides.
    expect(decideDayOrder({ dates: page, pageLanguage: 'en', browserLanguage: 'en-US', now })).toBe(
      'month-first',
    );
    expect(decideDayOrder({ dates: page, pageLanguage: 'en', browserLanguage: 'en-GB', now })).toBe(
      'day-first',
    );
    expect(decideDayOrder({ dates: page, now })).toBe('day-first');
  });

  it('is not a numeric date when the text is something else', () => {
    expect(readNumericDate('TODAY')).toBeNull();
    expect(readNumericDate('10:15')).toBeNull();
  });
});
