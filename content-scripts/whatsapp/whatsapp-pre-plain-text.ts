// "[10:15, 03/03/2026] Ana García: " -> when and who. The date is in the user's locale format
// (03/03/2026, 3/14/2026, 14.03.2026, 2026-03-14), so day and month order is decided per value.
import { localDate, parseClock } from '../page-time.ts';

export interface PrePlainText {
  sentAt: Date | null;
  sender: string;
}

const SHAPE = /^\s*\[([^\]]*)\]\s?(.*?):\s*$/s;
const ONE_DAY_MS = 86_400_000;

export function parsePrePlainText(raw: string, now: Date, locale: string): PrePlainText | null {
  const shape = SHAPE.exec(raw);
  if (!shape) return null;
  const [, stamp = '', sender = ''] = shape;
  const comma = stamp.lastIndexOf(',');
  const clock = parseClock(comma >= 0 ? stamp.slice(0, comma) : stamp);
  const date = comma >= 0 ? parseNumericDate(stamp.slice(comma + 1), now, locale) : null;
  const sentAt = clock && date ? localDate({ ...date, ...clock }) : null;
  return { sentAt, sender: sender.trim() };
}

interface DayParts {
  year: number;
  month: number;
  day: number;
}

function parseNumericDate(text: string, now: Date, locale: string): DayParts | null {
  const numbers = text.match(/\d+/g)?.map(Number);
  if (!numbers || numbers.length !== 3) return null;
  const [a, b, c] = numbers as [number, number, number];
  if (String(text.match(/\d+/)?.[0]).length === 4) return { year: a, month: b, day: c };
  const year = c < 100 ? 2000 + c : c;
  const dayFirst = { year, month: b, day: a };
  const monthFirst = { year, month: a, day: b };
  if (a > 12) return dayFirst;
  if (b > 12) return monthFirst;
  if (a === b) return dayFirst;
  // Ambiguous (05/03): a date in the future cannot be a message's, else follow the locale.
  const latest = now.getTime() + ONE_DAY_MS;
  const dayFirstPossible = isPast(dayFirst, latest);
  const monthFirstPossible = isPast(monthFirst, latest);
  if (dayFirstPossible !== monthFirstPossible) return dayFirstPossible ? dayFirst : monthFirst;
  return usesMonthFirst(locale) ? monthFirst : dayFirst;
}

function isPast(parts: DayParts, latest: number): boolean {
  const date = localDate({ ...parts, hour: 0, minute: 0 });
  return date !== null && date.getTime() <= latest;
}

function usesMonthFirst(locale: string): boolean {
  return /^en(-US|-PH|-CA)?$/i.test(locale);
}
