// Dates as platform pages print them ("May 6, 2026, 9:00 AM", "Today 10:15", "Mon 18 May 2026",
// "18.05.2026"), read in the browser's time zone, which is the zone the page printed them in
// (clock parsing and zone handling are ../page-time.ts). Month and day words are data; English,
// Turkish and German are known. Anything unreadable gives null, and the caller falls back
// (capture time for sentAt, no stay dates).
import { localDate, parseClock } from '../page-time.ts';

const MONTH_WORDS: readonly (readonly string[])[] = [
  ['jan', 'january', 'oca', 'ocak', 'januar', 'jän', 'jänner'],
  ['feb', 'february', 'şub', 'şubat', 'februar'],
  ['mar', 'march', 'mart', 'mär', 'märz'],
  ['apr', 'april', 'nis', 'nisan'],
  ['may', 'mayıs', 'mai'],
  ['jun', 'june', 'haz', 'haziran', 'juni'],
  ['jul', 'july', 'tem', 'temmuz', 'juli'],
  ['aug', 'august', 'ağu', 'ağustos'],
  ['sep', 'sept', 'september', 'eyl', 'eylül'],
  ['oct', 'october', 'eki', 'ekim', 'okt', 'oktober'],
  ['nov', 'november', 'kas', 'kasım'],
  ['dec', 'december', 'ara', 'aralık', 'dez', 'dezember'],
];

const WEEKDAY_WORDS: readonly (readonly string[])[] = [
  ['sun', 'sunday', 'paz', 'pazar', 'so', 'sonntag'],
  ['mon', 'monday', 'pzt', 'pazartesi', 'mo', 'montag'],
  ['tue', 'tues', 'tuesday', 'sal', 'salı', 'di', 'dienstag'],
  ['wed', 'wednesday', 'çar', 'çarşamba', 'mi', 'mittwoch'],
  ['thu', 'thur', 'thurs', 'thursday', 'per', 'perşembe', 'do', 'donnerstag'],
  ['fri', 'friday', 'cum', 'cuma', 'fr', 'freitag'],
  ['sat', 'saturday', 'cmt', 'cumartesi', 'sa', 'samstag'],
];

const TODAY_WORDS = ['today', 'bugün', 'heute', 'сегодня'];
const YESTERDAY_WORDS = ['yesterday', 'dün', 'gestern', 'вчера'];
/** Words that may sit inside a printed moment without being a day: "9:00 AM", "um 17:45", "saat 17:45". */
const MOMENT_FILLER_WORDS = ['am', 'pm', 'a', 'p', 'm', 'at', 'um', 'saat', 'öö', 'ös'];

function indexOfWord(table: readonly (readonly string[])[], word: string): number {
  return table.findIndex((words) => words.includes(word));
}

function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase('en').match(/\p{L}+/gu) ?? [];
}

export interface CalendarDay {
  year: number;
  month: number; // 1-12
  day: number;
}

function isRealDay(day: CalendarDay): boolean {
  // Noon: a day exists even where midnight is skipped by a daylight-saving change.
  return localDate({ ...day, hour: 12, minute: 0 }) !== null;
}

export function isoDay({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * An explicit calendar day in the text. A missing year is taken from `now`: `past` picks the
 * latest such day not after `now` (message times), `nearest` the one closest to `now` (stays).
 */
export function findCalendarDay(
  text: string,
  now: Date,
  missingYear: 'past' | 'nearest' = 'past',
): CalendarDay | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return checked({ year: +iso[1]!, month: +iso[2]!, day: +iso[3]! });

  // Numeric days are day-first (18.05.2026, 18/05/2026): the extranets' European locales.
  const numeric = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(text);
  if (numeric) return checked({ year: +numeric[3]!, month: +numeric[2]!, day: +numeric[1]! });

  const monthWord = wordsOf(text).find((word) => indexOfWord(MONTH_WORDS, word) >= 0);
  if (!monthWord) return null;
  const month = indexOfWord(MONTH_WORDS, monthWord) + 1;
  const withoutTimes = text.replace(/\b\d{1,2}:\d{2}\b/g, ' ');
  const year = /\b(\d{4})\b/.exec(withoutTimes);
  const day = /\b(\d{1,2})\b/.exec(withoutTimes.replace(/\b\d{4}\b/g, ' '));
  if (!day) return null;
  if (year) return checked({ year: +year[1]!, month, day: +day[1]! });
  return withInferredYear(month, +day[1]!, now, missingYear);
}

function checked(day: CalendarDay): CalendarDay | null {
  return isRealDay(day) ? day : null;
}

function withInferredYear(
  month: number,
  day: number,
  now: Date,
  rule: 'past' | 'nearest',
): CalendarDay | null {
  const candidates = [now.getFullYear() - 1, now.getFullYear(), now.getFullYear() + 1]
    .map((year) => ({ year, month, day }))
    .filter(isRealDay);
  const at = (c: CalendarDay) => new Date(c.year, c.month - 1, c.day).getTime();
  const pool = rule === 'past' ? candidates.filter((c) => at(c) <= now.getTime()) : candidates;
  const best = pool.sort((a, b) => Math.abs(at(a) - now.getTime()) - Math.abs(at(b) - now.getTime()))[0];
  return best ?? null;
}

/**
 * A month and year with no day ("Date of stay: October 2026", "Verreist im Oktober 2026") as
 * `YYYY-MM`, or undefined. Review sites print a stay this way.
 */
export function findMonthOfYear(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const month = wordsOf(text)
    .map((word) => indexOfWord(MONTH_WORDS, word))
    .find((index) => index >= 0);
  const year = /\b(\d{4})\b/.exec(text)?.[1];
  if (month === undefined || !year) return undefined;
  return `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** A stay date as `YYYY-MM-DD`, or undefined. */
export function parseStayDay(text: string | undefined, now: Date): string | undefined {
  if (!text) return undefined;
  const day = findCalendarDay(text, now, 'nearest');
  return day ? isoDay(day) : undefined;
}

function isDateWord(word: string): boolean {
  return (
    indexOfWord(MONTH_WORDS, word) >= 0 ||
    indexOfWord(WEEKDAY_WORDS, word) >= 0 ||
    TODAY_WORDS.includes(word) ||
    YESTERDAY_WORDS.includes(word) ||
    MOMENT_FILLER_WORDS.includes(word)
  );
}

/**
 * Whether the text is nothing but a printed day or moment ("30 Apr", "30. Apr. 2026", "Bugün",
 * "Nov 20, 2026, 9:00 AM"): it names a day or a time and has no other words. Labels that run a
 * date into a name or a status ("30 Apr. Stuart sent …") are taken apart with this.
 */
export function isOnlyPrintedDate(text: string): boolean {
  const words = wordsOf(text);
  if (!words.every(isDateWord)) return false;
  const namesDay = words.some((w) => isDateWord(w) && !MOMENT_FILLER_WORDS.includes(w));
  return namesDay || /\b\d{1,2}[./]\d{1,2}[./]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\d{1,2}[:.]\d{2}/.test(text);
}

function relativeDay(text: string, now: Date): CalendarDay | null {
  const words = wordsOf(text);
  const back = (days: number): CalendarDay => {
    const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() - days);
    return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  };
  if (words.some((w) => TODAY_WORDS.includes(w))) return back(0);
  if (words.some((w) => YESTERDAY_WORDS.includes(w))) return back(1);
  const weekday = words.map((w) => indexOfWord(WEEKDAY_WORDS, w)).find((i) => i >= 0);
  // "Mon 10:15" means the latest Monday within the past week (today counts as 7 days ago
  // only when the text does not say today).
  if (weekday !== undefined) return back((now.getDay() - weekday + 7) % 7 || 7);
  return null;
}

/** The day a text names, explicitly ("22 Nov 2026") or relatively ("Today", "Mon"), or null. */
export function findPrintedDay(text: string, now: Date): CalendarDay | null {
  return findCalendarDay(text, now) ?? relativeDay(text, now);
}

/**
 * A moment printed on the page: an explicit or relative day plus a time of day. A time alone
 * means today; a day without a time is not a moment, so it gives null.
 */
export function parsePageTime(text: string | undefined, now: Date): Date | null {
  if (!text) return null;
  const machine = parseMachineTime(text);
  if (machine) return machine;
  // Numeric dates ("18.05.2026") are removed first so their "18.05" is not read as a clock.
  const clock = parseClock(text.replace(/\b\d{1,2}[./]\d{1,2}[./]\d{4}\b/g, ' ').replace(/\b\d{4}\b/g, ' '));
  if (!clock) return null;
  const day = findCalendarDay(text, now) ?? relativeDay(text, now) ?? relativeDay('today', now);
  if (!day) return null;
  return localDate({ ...day, hour: clock.hour, minute: clock.minute });
}

/** A machine-readable timestamp (a `datetime` attribute): ISO with time, or epoch milliseconds. */
export function parseMachineTime(text: string | undefined): Date | null {
  if (!text) return null;
  const trimmed = text.trim();
  if (/^\d{12,14}$/.test(trimmed)) return new Date(Number(trimmed));
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(trimmed)) return null;
  const date = new Date(trimmed);
  return Number.isNaN(date.getTime()) ? null : date;
}
