// The calendar reports are read in: days, weeks (Monday to Sunday, as in Türkiye and ISO 8601)
// and months of the HOTEL's time zone, never the reader's browser. The server turns them into
// instants; the dashboard picks "this week" with them, so a coordinator in another zone, or
// reading near midnight, sees the hotel's week.
import { addDays, formatLocalDate, localDateOf, weekdayOf, type LocalDate } from './zoned-time.ts';

/** "2026-07-01" as a LocalDate (the caller has checked the form). */
export function parseDay(day: string): LocalDate {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return { year, month, day: date };
}

/** The hotel's calendar day at an instant. */
export function hotelDay(timeZone: string, instantMs: number): string {
  return formatLocalDate(localDateOf(timeZone, instantMs));
}

/** The Monday of the week a day is in. */
export function mondayOf(day: string): string {
  const date = parseDay(day);
  return formatLocalDate(addDays(date, -((weekdayOf(date) + 6) % 7)));
}

export function shiftDay(day: string, days: number): string {
  return formatLocalDate(addDays(parseDay(day), days));
}

/** Whole days from `from` to `to`, both included (1 for the same day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The Mondays of the weeks that touch from..to. */
export function weeksTouching(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let week = mondayOf(from); week <= to; week = shiftDay(week, 7)) weeks.push(week);
  return weeks;
}

/** "2026-07" of "2026-07-15". */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function shiftMonth(month: string, months: number): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const shifted = new Date(Date.UTC(year, index - 1 + months, 1));
  return `${String(shifted.getUTCFullYear()).padStart(4, '0')}-${String(shifted.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Months from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = shiftMonth(month, 1)) months.push(month);
  return months;
}
