// Review sites print the day a review or an owner's response was written, not the moment
// ("Written November 14, 2026", "Bewertet am 12.11.2026"). It is dated at noon of that day in the
// page's zone, at most half a day off, and never later than the moment Konuk saw it: a review
// written "today" was there when the page was read.
import { findPrintedDay } from './printed-date.ts';
import { localDate } from '../page-time.ts';

const NOON = { hour: 12, minute: 0 };

export function reviewDay(text: string | undefined, now: Date): Date | null {
  if (!text) return null;
  const day = findPrintedDay(text, now);
  const noon = day ? localDate({ ...day, ...NOON }) : null;
  if (!noon) return null;
  return noon.getTime() > now.getTime() ? now : noon;
}
