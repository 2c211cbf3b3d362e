// Numeric dates as pages print them in the user's locale: "14.03.2026", "2026-03-14", "3/14/2026",
// "14/03/2026". Dots and year-first forms say their order themselves; a slashed date whose two
// first numbers are both 12 or less (05/03/2026) does not, so the order is decided once per page
// from the page's own evidence, so that every date of one conversation is read the same way:
//   1. any date on the page that states its order (a dotted date, a 13th or later in either place),
//   2. a reading that would put one of the page's dates in the future is not the page's,
//   3. the page's UI language (<html lang>), when it names a region or a language with one order,
//   4. the browser's language, as the last resort.

export type DayOrder = 'day-first' | 'month-first';

export interface NumericDate {
  /** The two leading numbers as printed, and the year (two-digit years are 20xx). */
  first: number;
  second: number;
  year: number;
  /** How the page ordered them: known from the form itself, or null for an ambiguous slashed date. */
  order: DayOrder | 'year-first' | null;
}

export interface CalendarParts {
  year: number;
  month: number;
  day: number;
}

const YEAR_FIRST = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$/;
const DAY_OR_MONTH_FIRST = /^\s*(\d{1,2})\s*([./-])\s*(\d{1,2})\s*[./-]\s*(\d{2}|\d{4})\s*$/;

/** A printed numeric date, or null when the text is not one. */
export function readNumericDate(text: string): NumericDate | null {
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    return { year: +yearFirst[1]!, first: +yearFirst[2]!, second: +yearFirst[3]!, order: 'year-first' };
  }
  const match = DAY_OR_MONTH_FIRST.exec(text);
  if (!match) return null;
  const first = +match[1]!;
  const second = +match[3]!;
  const year = match[4]!.length === 2 ? 2000 + +match[4]! : +match[4]!;
  // Dotted and dashed day.month dates are day first in every locale that prints them.
  if (match[2] !== '/') return { first, second, year, order: 'day-first' };
  if (first > 12) return { first, second, year, order: 'day-first' };
  if (second > 12) return { first, second, year, order: 'month-first' };
  return { first, second, year, order: null };
}

export function calendarParts(date: NumericDate, pageOrder: DayOrder): CalendarParts {
  if (date.order === 'year-first') return { year: date.year, month: date.first, day: date.second };
  const order = date.order ?? pageOrder;
  return order === 'day-first'
    ? { year: date.year, month: date.second, day: date.first }
    : { year: date.year, month: date.first, day: date.second };
}

export interface PageDateEvidence {
  /** Every numeric date the page shows (message stamps, date separators). */
  dates: readonly NumericDate[];
  /** The page's UI language, e.g. `document.documentElement.lang` ("es", "en-GB", "en"). */
  pageLanguage?: string | undefined;
  browserLanguage?: string | undefined;
  now: Date;
}

const MONTH_FIRST_REGIONS = /^en-(us|ph|as|gu|mp|pr|um|vi)$/i;
/** Languages whose every locale prints day/month (English and a few others depend on the region). */
const DAY_FIRST_LANGUAGES = new Set([
  'tr',
  'de',
  'ru',
  'uk',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'ar',
  'fa',
  'el',
  'cs',
  'sk',
  'hu',
  'ro',
  'bg',
  'sr',
  'hr',
  'sl',
  'da',
  'nb',
  'no',
  'sv',
  'fi',
  'et',
  'lv',
  'lt',
  'he',
  'id',
  'ms',
  'vi',
  'ca',
]);

/** The order of the ambiguous dates of one page. */
export function decideDayOrder(evidence: PageDateEvidence): DayOrder {
  const stated = evidence.dates.filter((d) => d.order === 'day-first' || d.order === 'month-first');
  if (stated.length > 0) {
    const dayFirst = stated.filter((d) => d.order === 'day-first').length;
    return dayFirst >= stated.length - dayFirst ? 'day-first' : 'month-first';
  }
  const ambiguous = evidence.dates.filter((d) => d.order === null);
  const latest = evidence.now.getTime() + 86_400_000;
  const possible = (order: DayOrder) =>
    ambiguous.every((d) => {
      const { year, month, day } = calendarParts(d, order);
      return new Date(year, month - 1, day).getTime() <= latest;
    });
  const dayFirstPossible = possible('day-first');
  const monthFirstPossible = possible('month-first');
  if (dayFirstPossible !== monthFirstPossible) return dayFirstPossible ? 'day-first' : 'month-first';
  const fromLanguage = languageOrder(evidence.pageLanguage) ?? languageOrder(evidence.browserLanguage);
  // Most of the world writes the day first.
  return fromLanguage ?? 'day-first';
}

function languageOrder(tag: string | undefined): DayOrder | null {
  const value = tag?.trim();
  if (!value) return null;
  if (MONTH_FIRST_REGIONS.test(value)) return 'month-first';
  const [language = '', region] = value.toLowerCase().split(/[-_]/);
  if (language === 'en') return region ? 'day-first' : null;
  return DAY_FIRST_LANGUAGES.has(language) ? 'day-first' : null;
}
