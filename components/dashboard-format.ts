// How the dashboard prints its figures, in the reader's language (components/locale-format.ts):
// minutes as durations, shares as whole percentages, averages with one decimal, counts grouped,
// and a dash for "no data yet" (never a zero that lies).
import * as format from './locale-format.ts';
import { readerLocale } from './reader-locale.ts';

export function formatMinutes(minutes: number | null, locale = readerLocale()): string {
  return format.formatMinutes(minutes, locale);
}

export function formatRate(rate: number | null, locale = readerLocale()): string {
  return format.formatPercent(rate, locale);
}

export function formatAverage(value: number | null, locale = readerLocale()): string {
  return format.formatDecimal(value, locale);
}

export function formatCount(value: number, locale = readerLocale()): string {
  return format.formatCount(value, locale);
}

export function formatMoment(iso: string, locale = readerLocale()): string {
  return format.formatDateTime(iso, locale);
}

/** A YYYY-MM-DD day as the reader writes dates ("1 Ara 2026", "Dec 1, 2026"). */
export function formatDay(day: string, locale = readerLocale()): string {
  // Noon UTC is the same calendar day in every zone the day can be read in.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** A calendar day in this browser's zone as YYYY-MM-DD (the API reads it in the hotel's zone). */
export function isoDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The last seven days, today included. */
export function lastWeek(now: Date): { from: string; to: string } {
  const from = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 6);
  return { from: isoDay(from), to: isoDay(now) };
}
