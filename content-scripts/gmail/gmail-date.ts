// Gmail's full date in the time cell's title, in the user's UI language:
//   "Tue, Nov 17, 2026, 9:42 AM"   "Tue, 17 Nov 2026, 09:42"   "17 Kas 2026 Sal 09:42"
//   "Di., 17. Nov. 2026, 09:42"    "вт, 17 нояб. 2026 г., 09:42"
import { localDate, parseClock } from '../page-time.ts';

const MONTH_PREFIXES: ReadonlyArray<readonly string[]> = [
  ['jan', 'oca', 'янв'],
  ['feb', 'şub', 'sub', 'фев'],
  ['mar', 'mär', 'мар'],
  ['apr', 'nis', 'апр'],
  ['may', 'mai', 'мая', 'май'],
  ['jun', 'haz', 'июн'],
  ['jul', 'tem', 'июл'],
  ['aug', 'ağu', 'agu', 'авг'],
  ['sep', 'eyl', 'сен'],
  ['oct', 'okt', 'eki', 'окт'],
  ['nov', 'kas', 'ноя'],
  ['dec', 'dez', 'ara', 'дек'],
];

export function parseGmailDate(title: string): Date | null {
  const clockMatch = /\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?/.exec(title);
  const clock = clockMatch ? parseClock(clockMatch[0]) : null;
  if (!clock || !clockMatch) return null;
  const rest = title.slice(0, clockMatch.index) + ' ' + title.slice(clockMatch.index + clockMatch[0].length);
  const year = /\b(\d{4})\b/.exec(rest);
  if (!year) return null;
  const month = monthOf(rest);
  const day = /(?:^|\D)(\d{1,2})(?:\D|$)/.exec(rest.replace(year[0], ' '));
  if (!month || !day) return null;
  return localDate({ year: Number(year[1]), month, day: Number(day[1]), ...clock });
}

function monthOf(text: string): number | null {
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const index = MONTH_PREFIXES.findIndex((prefixes) => prefixes.some((prefix) => word.startsWith(prefix)));
    if (index >= 0) return index + 1;
  }
  return null;
}
