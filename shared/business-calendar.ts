// A hotel's business hours: shifts per weekday (split shifts allowed), holidays, all in the
// hotel's local time. Clocks measured "in business hours" count only the time inside these
// windows, so a WhatsApp message at 23:00 with a 15-minute target is due at 09:15.
import { z } from 'zod';
import { addDays, formatLocalDate, instantOf, localDateOf, weekdayOf } from './zoned-time.ts';

const ClockTime = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'a time of day looks like 09:00 (24:00 ends the day)');

function minuteOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export const BusinessShift = z
  .object({ start: ClockTime, end: ClockTime })
  .refine((shift) => minuteOfDay(shift.start) < minuteOfDay(shift.end), 'a shift ends after it starts');
export type BusinessShift = z.infer<typeof BusinessShift>;

const DayShifts = z
  .array(BusinessShift)
  .max(12)
  .refine((shifts) => {
    const sorted = shifts
      .map((s) => [minuteOfDay(s.start), minuteOfDay(s.end)] as const)
      .sort((a, b) => a[0] - b[0]);
    return sorted.every((shift, i) => i === 0 || shift[0] >= sorted[i - 1]![1]);
  }, 'shifts of one day must not overlap')
  .default([]);

/** In Date.getUTCDay() order, so a weekday number indexes it. */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export const BusinessHours = z
  .object({
    weekly: z.object({
      sun: DayShifts,
      mon: DayShifts,
      tue: DayShifts,
      wed: DayShifts,
      thu: DayShifts,
      fri: DayShifts,
      sat: DayShifts,
    }),
    /** Local dates ("2026-10-29") with no business hours at all. */
    holidays: z.array(z.iso.date()).max(1000).default([]),
  })
  .refine(
    (hours) => WEEKDAYS.some((day) => hours.weekly[day].length > 0),
    'business hours need at least one shift in the week',
  );
export type BusinessHours = z.infer<typeof BusinessHours>;

/** Business hours placed in a time zone: everything needed to turn them into instants. */
export interface BusinessCalendar {
  timeZone: string;
  hours: BusinessHours;
}

interface CompiledHours {
  /** Per weekday, [startMinute, endMinute) pairs in order. */
  shifts: (readonly [number, number])[][];
  holidays: ReadonlySet<string>;
}

const compiled = new WeakMap<BusinessHours, CompiledHours>();

function compile(hours: BusinessHours): CompiledHours {
  let result = compiled.get(hours);
  if (!result) {
    result = {
      shifts: WEEKDAYS.map((day) =>
        hours.weekly[day]
          .map((s) => [minuteOfDay(s.start), minuteOfDay(s.end)] as const)
          .sort((a, b) => a[0] - b[0]),
      ),
      holidays: new Set(hours.holidays),
    };
    compiled.set(hours, result);
  }
  return result;
}

// Schema-valid hours open at least once in any 1,007 days (1,000 holidays and a week).
const MAX_CLOSED_DAYS = 1_100;

/** The open windows [start, end) from `fromMs` on, in order, clipped to start at `fromMs`. */
export function* businessWindows(calendar: BusinessCalendar, fromMs: number): Generator<[number, number]> {
  const { shifts, holidays } = compile(calendar.hours);
  let date = localDateOf(calendar.timeZone, fromMs);
  let closedDays = 0;
  for (;;) {
    let opened = false;
    if (!holidays.has(formatLocalDate(date))) {
      for (const [startMinute, endMinute] of shifts[weekdayOf(date)]!) {
        // instantOf never goes back as the local time goes on, so windows come in order, disjoint.
        const start = Math.max(instantOf(calendar.timeZone, date, startMinute), fromMs);
        const end = instantOf(calendar.timeZone, date, endMinute);
        if (end <= start) continue;
        opened = true;
        yield [start, end];
      }
    }
    closedDays = opened ? 0 : closedDays + 1;
    if (closedDays > MAX_CLOSED_DAYS) throw new Error('business hours have no open time ahead');
    date = addDays(date, 1);
  }
}

/** The instant `durationMs` of business time after `fromMs` (`fromMs` itself for zero). */
export function addBusinessMs(calendar: BusinessCalendar, fromMs: number, durationMs: number): number {
  if (durationMs <= 0) return fromMs;
  let left = durationMs;
  for (const [start, end] of businessWindows(calendar, fromMs)) {
    if (end - start >= left) return start + left;
    left -= end - start;
  }
  throw new Error('unreachable: business windows never end');
}

/** Business time between two instants, in ms (zero when `toMs` is not after `fromMs`). */
export function businessMsBetween(calendar: BusinessCalendar, fromMs: number, toMs: number): number {
  let total = 0;
  if (toMs <= fromMs) return total;
  for (const [start, end] of businessWindows(calendar, fromMs)) {
    if (start >= toMs) break;
    total += Math.min(end, toMs) - start;
  }
  return total;
}
