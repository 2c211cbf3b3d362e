// Wall-clock time in a named IANA time zone, from Intl alone: the hotel's calendar (shifts,
// holidays) is written in local time, while clocks run on instants. Nothing here reads the
// machine's own zone, so the server and every browser agree wherever they run.

/** A local calendar date: month 1-12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    // en-US with numeric parts always reads "M/D/YYYY, HH:MM:SS"; format() is several times
    // faster than formatToParts(), and clock math calls this once per shift boundary.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

const LOCAL_TEXT = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/;

/** The local wall-clock fields at an instant, as if they were a UTC time (ms, whole seconds). */
function wallClockMs(timeZone: string, instantMs: number): number {
  const text = formatter(timeZone).format(new Date(instantMs));
  const match = LOCAL_TEXT.exec(text);
  if (!match) throw new Error(`unexpected local time format "${text}" for ${timeZone}`);
  const [, month, day, year, hour, minute, second] = match.map(Number) as number[];
  return Date.UTC(year!, month! - 1, day!, hour! % 24, minute!, second!);
}

/** Whether Intl knows the zone (an unknown zone would throw later, in the middle of clock math). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Local time minus UTC at an instant, in ms (Istanbul: +3 h; Berlin: +1 h or +2 h). */
export function zoneOffsetMs(timeZone: string, instantMs: number): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  return wallClockMs(timeZone, wholeSecond) - wholeSecond;
}

export function localDateOf(timeZone: string, instantMs: number): LocalDate {
  const wall = new Date(wallClockMs(timeZone, instantMs));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** The date `days` after `date` (calendar arithmetic, no zone involved). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** "2026-03-29": the form holidays are written in. */
export function formatLocalDate(date: LocalDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * The first instant at which the local clock shows `minuteOfDay` on `date` or later: a time
 * skipped when clocks spring forward is the moment they jump (02:30 becomes 03:00, so a shift
 * "until 02:30" ends when the clock passes it), and a time that happens twice when clocks go
 * back is its first occurrence.
 */
export function instantOf(timeZone: string, date: LocalDate, minuteOfDay: number): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE_MS;
  // Offsets a day either side of the wall time bracket any one change of offset near it.
  const before = zoneOffsetMs(timeZone, wall - DAY_MS);
  const after = zoneOffsetMs(timeZone, wall + DAY_MS);
  if (before === after) return wall - before;
  const early = wall - before;
  const late = wall - after;
  const earlyHolds = zoneOffsetMs(timeZone, early) === before;
  const lateHolds = zoneOffsetMs(timeZone, late) === after;
  if (earlyHolds && lateHolds) return Math.min(early, late);
  if (earlyHolds) return early;
  if (lateHolds) return late;
  return offsetChangeBetween(timeZone, late, early, after);
}

/** The first instant in (fromMs, toMs] with offset `offset`, to the second (offsets change on whole seconds). */
function offsetChangeBetween(timeZone: string, fromMs: number, toMs: number, offset: number): number {
  let low = Math.floor(fromMs / 1000);
  let high = Math.ceil(toMs / 1000);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (zoneOffsetMs(timeZone, middle * 1000) === offset) high = middle;
    else low = middle;
  }
  return high * 1000;
}
