// How the dashboard prints its figures, in the reader's language (components/locale-format.ts):
// minutes as durations, shares as whole percentages, averages with one decimal, counts grouped,
// and a dash for "no data yet" (never a zero that lies). And the periods it offers, always on
// the HOTEL's calendar (shared/report-calendar.ts): "today" near midnight, or read from another
// zone, is the hotel's today, never the browser's.
import { hotelDay, mondayOf, monthOf, shiftDay, shiftMonth } from '../shared/report-calendar.ts';
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

export function formatMoment(iso: string, locale = readerLocale(), timeZone?: string): string {
  return format.formatDateTime(iso, locale, timeZone);
}

/** A YYYY-MM-DD day as the reader writes dates ("1 Ara 2026", "Dec 1, 2026"). */
export function formatDay(day: string, locale = readerLocale()): string {
  // Noon UTC is the same calendar day in every zone the day can be read in.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** A week by its Monday, short ("29 Haz", "Jun 29"). */
export function formatWeek(monday: string, locale = readerLocale()): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${monday}T12:00:00Z`),
  );
}

/** A YYYY-MM month ("Tem 2026", "Jul 2026"). */
export function formatMonth(month: string, locale = readerLocale()): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
}

export type Period = { from: string; to: string };

export const PERIOD_PRESETS = [
  'last7',
  'thisWeek',
  'lastWeek',
  'thisMonth',
  'last12Weeks',
  'last12Months',
] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** A preset period ending on (or containing) the hotel's today. */
export function presetPeriod(preset: PeriodPreset, timeZone: string, nowMs: number): Period {
  const today = hotelDay(timeZone, nowMs);
  const monday = mondayOf(today);
  switch (preset) {
    case 'last7':
      return { from: shiftDay(today, -6), to: today };
    case 'thisWeek':
      return { from: monday, to: today };
    case 'lastWeek':
      return { from: shiftDay(monday, -7), to: shiftDay(monday, -1) };
    case 'thisMonth':
      return { from: `${monthOf(today)}-01`, to: today };
    case 'last12Weeks':
      return { from: shiftDay(monday, -77), to: today };
    case 'last12Months':
      return { from: `${shiftMonth(monthOf(today), -11)}-01`, to: today };
  }
}

/** The months a period touches, for the monthly root-cause report. */
export function monthsOf(period: Period): { from: string; to: string } {
  return { from: monthOf(period.from), to: monthOf(period.to) };
}
