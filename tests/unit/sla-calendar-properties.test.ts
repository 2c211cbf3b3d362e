// Properties of the clock's time arithmetic over random business hours, holidays, zones (with
// and without DST, whole- and half-hour offsets) and instants clustered around DST changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessMs,
  businessMsBetween,
  businessWindows,
  BusinessHours,
} from '../../shared/business-calendar.ts';
import { addWorkingMs, type Pause } from '../../shared/sla-working-time.ts';
import { businessCalendar, instant, pauses } from './sla-arbitraries.ts';

const MINUTE = 60_000;
const duration = fc.integer({ min: 0, max: 3 * 24 * 60 }).map((minutes) => minutes * MINUTE);
const calendarOrNone = fc.option(businessCalendar, { nil: null });

describe('business time arithmetic', () => {
  it('never puts the due time before the start, and always after it for a positive target', () => {
    fc.assert(
      fc.property(businessCalendar, instant, duration, (calendar, start, ms) => {
        const due = addBusinessMs(calendar, start, ms);
        expect(due).toBeGreaterThanOrEqual(start);
        if (ms > 0) expect(due).toBeGreaterThan(start);
      }),
    );
  });

  it('is monotonic in the target and in the start', () => {
    fc.assert(
      fc.property(businessCalendar, instant, instant, duration, duration, (calendar, s1, s2, a, b) => {
        const [early, late] = s1 <= s2 ? [s1, s2] : [s2, s1];
        const [short, long] = a <= b ? [a, b] : [b, a];
        expect(addBusinessMs(calendar, early, short)).toBeLessThanOrEqual(
          addBusinessMs(calendar, early, long),
        );
        expect(addBusinessMs(calendar, early, short)).toBeLessThanOrEqual(
          addBusinessMs(calendar, late, short),
        );
      }),
    );
  });

  it('is additive: adding a then b is adding a + b', () => {
    fc.assert(
      fc.property(businessCalendar, instant, duration, duration, (calendar, start, a, b) => {
        expect(addBusinessMs(calendar, addBusinessMs(calendar, start, a), b)).toBe(
          addBusinessMs(calendar, start, a + b),
        );
      }),
    );
  });

  it('measures back exactly what it added', () => {
    fc.assert(
      fc.property(businessCalendar, instant, duration, (calendar, start, ms) => {
        expect(businessMsBetween(calendar, start, addBusinessMs(calendar, start, ms))).toBe(ms);
      }),
    );
  });

  it('equals plain addition when the business is open around the clock, whatever the zone', () => {
    const allDay = [{ start: '00:00', end: '24:00' }];
    const hours = BusinessHours.parse({
      weekly: { sun: allDay, mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay },
    });
    fc.assert(
      fc.property(businessCalendar, instant, duration, ({ timeZone }, start, ms) => {
        expect(addBusinessMs({ timeZone, hours }, start, ms)).toBe(start + ms);
      }),
    );
  });

  it('gives open windows in order and disjoint in every zone, DST changes included', () => {
    fc.assert(
      fc.property(businessCalendar, instant, (calendar, start) => {
        let previousEnd = start;
        let count = 0;
        for (const [from, to] of businessWindows(calendar, start)) {
          expect(from).toBeGreaterThanOrEqual(previousEnd);
          expect(to).toBeGreaterThan(from);
          previousEnd = to;
          if (++count === 12) break;
        }
      }),
    );
  });

  it('opens only inside a shift of a working day (zones without DST, where local time is unambiguous)', () => {
    const fixedZones = fc.constantFrom('Europe/Istanbul', 'UTC', 'Asia/Kathmandu');
    fc.assert(
      fc.property(businessCalendar, fixedZones, instant, (calendar, timeZone, start) => {
        const fixed = { ...calendar, timeZone };
        const offset = localOffset(timeZone);
        let count = 0;
        for (const [from, to] of businessWindows(fixed, start)) {
          expect(to).toBeGreaterThan(from);
          expect(insideShift(fixed.hours, from + offset, to + offset)).toBe(true);
          if (++count === 8) break;
        }
      }),
    );
  });
});

describe('counted time with pauses', () => {
  it('equals plain addition in calendar time without pauses', () => {
    fc.assert(
      fc.property(instant, duration, (start, ms) => {
        expect(addWorkingMs(null, [], start, ms)).toBe(start + ms);
      }),
    );
  });

  it('shifts a calendar-time due by exactly the paused time before it', () => {
    fc.assert(
      fc.property(instant, duration, pauses, (start, ms, cuts) => {
        const due = addWorkingMs(null, cuts, start, ms);
        expect(due - start - ms).toBe(pausedWithin(cuts, start, due));
      }),
    );
  });

  it('never makes a clock due earlier by pausing it, in calendar or business time', () => {
    fc.assert(
      fc.property(calendarOrNone, instant, duration, pauses, pauses, (calendar, start, ms, some, more) => {
        const without = addWorkingMs(calendar, [], start, ms);
        const withSome = addWorkingMs(calendar, some, start, ms);
        expect(withSome).toBeGreaterThanOrEqual(without);
        expect(addWorkingMs(calendar, [...some, ...more], start, ms)).toBeGreaterThanOrEqual(withSome);
      }),
    );
  });
});

/** Offset of a zone with no DST (the arbitrary instants span 2025-2027, when these had none). */
function localOffset(timeZone: string): number {
  return { 'Europe/Istanbul': 3 * 60, UTC: 0, 'Asia/Kathmandu': 5 * 60 + 45 }[timeZone]! * MINUTE;
}

const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Whether the local span [from, to) lies within one shift of one non-holiday date. */
function insideShift(hours: BusinessHours, from: number, to: number): boolean {
  const day = Math.floor(from / 86_400_000) * 86_400_000;
  const date = new Date(day).toISOString().slice(0, 10);
  if (hours.holidays.includes(date)) return false;
  const startMinute = (from - day) / MINUTE;
  const endMinute = (to - day) / MINUTE;
  const shifts = hours.weekly[WEEKDAY_KEYS[new Date(day).getUTCDay()]!];
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  return shifts.some((s) => minutes(s.start) <= startMinute && endMinute <= minutes(s.end));
}

function pausedWithin(cuts: readonly Pause[], from: number, to: number): number {
  let total = 0;
  let covered = from;
  for (const [a, b] of [...cuts].sort((x, y) => x[0] - y[0])) {
    const start = Math.max(a, covered);
    const end = Math.min(b, to);
    if (end > start) total += end - start;
    covered = Math.max(covered, Math.min(b, to));
  }
  return total;
}
