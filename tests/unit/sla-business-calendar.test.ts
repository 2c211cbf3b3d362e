import { describe, expect, it } from 'vitest';
import {
  addBusinessMs,
  BusinessHours,
  businessMsBetween,
  type BusinessCalendar,
} from '../../shared/business-calendar.ts';
import { DEFAULT_BUSINESS_HOURS } from '../../shared/sla-policy.ts';
import { instantOf, zoneOffsetMs } from '../../shared/zoned-time.ts';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const ms = (iso: string) => Date.parse(iso);
const iso = (value: number) => new Date(value).toISOString();

const everyDay = (...shifts: [string, string][]) => {
  const day = shifts.map(([start, end]) => ({ start, end }));
  return { sun: day, mon: day, tue: day, wed: day, thu: day, fri: day, sat: day };
};

const istanbul = (hours: BusinessHours = DEFAULT_BUSINESS_HOURS): BusinessCalendar => ({
  timeZone: 'Europe/Istanbul',
  hours,
});

describe('zone offsets from Intl', () => {
  it('follows Berlin and New York across their DST changes, and Istanbul stays at +3', () => {
    expect(zoneOffsetMs('Europe/Berlin', ms('2026-03-29T00:59:59Z'))).toBe(HOUR);
    expect(zoneOffsetMs('Europe/Berlin', ms('2026-03-29T01:00:00Z'))).toBe(2 * HOUR);
    expect(zoneOffsetMs('America/New_York', ms('2026-11-01T05:59:59Z'))).toBe(-4 * HOUR);
    expect(zoneOffsetMs('America/New_York', ms('2026-11-01T06:00:00Z'))).toBe(-5 * HOUR);
    expect(zoneOffsetMs('Europe/Istanbul', ms('2026-01-15T12:00:00Z'))).toBe(3 * HOUR);
    expect(zoneOffsetMs('Europe/Istanbul', ms('2026-07-15T12:00:00Z'))).toBe(3 * HOUR);
  });

  it('places a skipped local time at the jump, and a repeated one at its first occurrence', () => {
    // Berlin, 29 March 2026: 02:00 -> 03:00. 25 October 2026: 03:00 -> 02:00.
    expect(iso(instantOf('Europe/Berlin', { year: 2026, month: 3, day: 29 }, 2 * 60 + 30))).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    expect(iso(instantOf('Europe/Berlin', { year: 2026, month: 10, day: 25 }, 2 * 60 + 30))).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    // New York, 1 November 2026: 02:00 -> 01:00, so 01:30 happens first in EDT (-4).
    expect(iso(instantOf('America/New_York', { year: 2026, month: 11, day: 1 }, 90))).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });
});

describe('business hours', () => {
  it('counts only the shifts of a split day: a message at 12:50 with 15 minutes is due at 14:05', () => {
    // Istanbul is UTC+3: 12:50 local is 09:50Z, 14:05 local is 11:05Z.
    expect(iso(addBusinessMs(istanbul(), ms('2026-07-01T09:50:00Z'), 15 * MINUTE))).toBe(
      '2026-07-01T11:05:00.000Z',
    );
  });

  it('ends a target that runs out exactly at the lunch break at the break, not after it', () => {
    expect(iso(addBusinessMs(istanbul(), ms('2026-07-01T09:45:00Z'), 15 * MINUTE))).toBe(
      '2026-07-01T10:00:00.000Z',
    );
  });

  it('carries a late-evening message over to the next morning, and over a holiday', () => {
    const lateEvening = ms('2026-07-01T20:00:00Z'); // 23:00 in Istanbul
    expect(iso(addBusinessMs(istanbul(), lateEvening, 15 * MINUTE))).toBe('2026-07-02T06:15:00.000Z');
    const withHoliday = istanbul({ ...DEFAULT_BUSINESS_HOURS, holidays: ['2026-07-02'] });
    expect(iso(addBusinessMs(withHoliday, lateEvening, 15 * MINUTE))).toBe('2026-07-03T06:15:00.000Z');
  });

  it('skips days without shifts: Friday afternoon to Monday in New York, across the March DST change', () => {
    const weekdays = BusinessHours.parse({
      weekly: {
        mon: [{ start: '09:00', end: '17:00' }],
        tue: [{ start: '09:00', end: '17:00' }],
        wed: [{ start: '09:00', end: '17:00' }],
        thu: [{ start: '09:00', end: '17:00' }],
        fri: [{ start: '09:00', end: '17:00' }],
      },
    });
    const calendar = { timeZone: 'America/New_York', hours: weekdays };
    // Friday 6 March 16:00 EST (-5); two business hours end Monday 9 March 10:00 EDT (-4).
    expect(iso(addBusinessMs(calendar, ms('2026-03-06T21:00:00Z'), 2 * HOUR))).toBe(
      '2026-03-09T14:00:00.000Z',
    );
  });

  it('counts the real length of a shift on DST nights: 5 hours in spring, 7 in autumn (Berlin, 00:00-06:00)', () => {
    const nights = {
      timeZone: 'Europe/Berlin',
      hours: BusinessHours.parse({ weekly: everyDay(['00:00', '06:00']) }),
    };
    const springNight = ms('2026-03-28T23:00:00Z'); // 29 March 00:00 CET
    expect(businessMsBetween(nights, springNight, ms('2026-03-29T12:00:00Z'))).toBe(5 * HOUR);
    // The sixth hour is 00:00-01:00 CEST the next night.
    expect(iso(addBusinessMs(nights, springNight, 6 * HOUR))).toBe('2026-03-29T23:00:00.000Z');
    const autumnNight = ms('2026-10-24T22:00:00Z'); // 25 October 00:00 CEST
    expect(businessMsBetween(nights, autumnNight, ms('2026-10-25T12:00:00Z'))).toBe(7 * HOUR);
    expect(iso(addBusinessMs(nights, autumnNight, 6 * HOUR))).toBe('2026-10-25T04:00:00.000Z');
  });

  it('rejects overlapping shifts, a week without any shift, and a malformed time', () => {
    expect(
      BusinessHours.safeParse({
        weekly: {
          mon: [
            { start: '09:00', end: '13:00' },
            { start: '12:00', end: '18:00' },
          ],
        },
      }).success,
    ).toBe(false);
    expect(BusinessHours.safeParse({ weekly: {} }).success).toBe(false);
    expect(BusinessHours.safeParse({ weekly: { mon: [{ start: '9:00', end: '17:00' }] } }).success).toBe(
      false,
    );
    expect(BusinessHours.safeParse({ weekly: { mon: [{ start: '18:00', end: '09:00' }] } }).success).toBe(
      false,
    );
  });
});
