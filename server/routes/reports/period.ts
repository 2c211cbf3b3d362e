// A report request's period: checked (a clear 400, nothing read), then turned into the hotel's
// calendar (days, whole weeks, months) and into instants (server/repositories/report-period.ts).
import { daysBetween, monthsBetween, shiftDay, weeksTouching } from '../../../shared/report-calendar.ts';
import { HttpError } from '../../http-error.ts';
import { bucketsOf, rangeOfDays, type Buckets, type ReportRange } from '../../repositories/report-period.ts';

/** A year and a day: enough for a year-on-year view, bounded so one request stays cheap. */
export const MAX_REPORT_DAYS = 366;
export const MAX_REPORT_MONTHS = 24;

function invalid(message: string): HttpError {
  return new HttpError(400, 'invalid_request', `Invalid query: ${message}`);
}

export function checkDays(from: string, to: string, field = '"from" to "to"'): void {
  const days = daysBetween(from, to);
  if (days < 1 || days > MAX_REPORT_DAYS) {
    throw invalid(`the period runs from ${field} (both included), at most ${MAX_REPORT_DAYS} days.`);
  }
}

export function dayPeriod(timeZone: string, from: string, to: string, now: string): ReportRange {
  checkDays(from, to);
  return rangeOfDays(timeZone, from, to, now);
}

export interface WeekPeriod {
  /** The Monday of the first week and the Sunday of the last. */
  from: string;
  to: string;
  weeks: Buckets;
  range: ReportRange;
}

/** The whole weeks (Monday to Sunday) that touch from..to. */
export function weekPeriod(timeZone: string, from: string, to: string, now: string): WeekPeriod {
  checkDays(from, to);
  const mondays = weeksTouching(from, to);
  const last = shiftDay(mondays.at(-1)!, 6);
  return {
    from: mondays[0]!,
    to: last,
    weeks: bucketsOf(timeZone, mondays, mondays, shiftDay(last, 1)),
    range: rangeOfDays(timeZone, mondays[0]!, last, now),
  };
}

export function checkMonths(from: string, to: string): string[] {
  const months = monthsBetween(from, to);
  if (months.length < 1 || months.length > MAX_REPORT_MONTHS) {
    throw invalid(`the months run from "from" to "to" (both included), at most ${MAX_REPORT_MONTHS}.`);
  }
  return months;
}
