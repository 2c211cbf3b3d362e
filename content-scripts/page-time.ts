// Platform pages show local wall-clock times without a zone; they are in the browser's zone.
// These helpers turn them into ISO 8601 with the browser's offset, as CapturedMessage requires.

export interface LocalDateTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** `2026-03-03T10:15:00+03:00`: the instant in the browser's own offset at that date. */
export function toIsoWithOffset(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

/** The local date-time as a Date, or null when it does not exist (31 February, 25:00). */
export function localDate(parts: LocalDateTime): Date | null {
  const { year, month, day, hour, minute, second = 0 } = parts;
  const date = new Date(year, month - 1, day, hour, minute, second);
  const exists =
    date.getFullYear() === year &&
    date.getMonth() === month - 1 &&
    date.getDate() === day &&
    date.getHours() === hour &&
    date.getMinutes() === minute;
  return exists ? date : null;
}

/** Hours and minutes from "10:15", "9:05 PM", "21.07", "10:15:30". */
export function parseClock(text: string): { hour: number; minute: number; second?: number } | null {
  const match = /(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([AaPp])?\.?\s?(?:[Mm]\.?)?/.exec(text);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  return { hour, minute, ...(match[3] ? { second: Number(match[3]) } : {}) };
}

/**
 * Most platforms print times to the minute. A message seen within the minute its page shows is
 * dated by the moment Konuk saw it, so a reply and the guest's next message in the same minute
 * keep their order and the reply's clock stops at the right second.
 */
export function sharpenSentAt(sentAt: string, seenAt: Date): string {
  const sent = Date.parse(sentAt);
  if (Number.isNaN(sent)) return sentAt;
  // No message was sent after it was seen: a reading that lands later than that (a "Today 08:02"
  // read just after midnight, a relative day misread) is wrong, and the moment seen is the bound.
  if (sent - seenAt.getTime() >= 60_000) return seenAt.toISOString();
  if (sent % 60_000 !== 0) return sentAt;
  const lag = seenAt.getTime() - sent;
  // Milliseconds kept: a reply and a guest message can arrive within the same second.
  return lag >= 0 && lag < 60_000 ? seenAt.toISOString() : sentAt;
}
