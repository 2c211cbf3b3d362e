// Gmail's full date in the time cell's title, in the user's UI language:
//   "Tue, Nov 17, 2026, 9:42 AM"   "Tue, 17 Nov 2026, 09:42"   "17 Kas 2026 Sal 09:42"
//   "Di., 17. Nov. 2026, 09:42"    "вт, 17 нояб. 2026 г., 09:42"    "mar, 17 nov 2026, 9:42"
import { localDate, parseClock } from '../page-time.ts';

// Month abbreviations of the UI languages (en, tr, de, ru, es, it, fr, pt, nl, pl, uk); a word
// matches a month when it starts with one of them.
const MONTH_PREFIXES: ReadonlyArray<readonly string[]> = [
  ['jan', 'oca', 'янв', 'ene', 'gen', 'janv', 'sty', 'січ'],
  ['feb', 'şub', 'sub', 'фев', 'févr', 'fev', 'lut', 'лют'],
  ['mar', 'mär', 'мар', 'mrt', 'бер'],
  ['apr', 'nis', 'апр', 'abr', 'avr', 'kwi', 'квіт'],
  ['may', 'mai', 'мая', 'май', 'mag', 'mei', 'maj', 'трав'],
  ['jun', 'haz', 'июн', 'giu', 'juin', 'cze', 'черв'],
  ['jul', 'tem', 'июл', 'lug', 'juil', 'lip', 'лип'],
  ['aug', 'ağu', 'agu', 'авг', 'ago', 'août', 'sie', 'серп'],
  ['sep', 'eyl', 'сен', 'set', 'wrz', 'вер'],
  ['oct', 'okt', 'eki', 'окт', 'ott', 'out', 'paź', 'жовт'],
  ['nov', 'kas', 'ноя', 'lis', 'лист'],
  ['dec', 'dez', 'ara', 'дек', 'dic', 'déc', 'gru', 'груд'],
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

/**
 * The month word. A weekday can look like a month ("mar" is Tuesday in es/it/fr): when two words
 * name a month, the title's leading word is the weekday.
 */
function monthOf(text: string): number | null {
  const found: Array<{ month: number; leading: boolean }> = [];
  const lower = text.toLowerCase();
  const start = lower.search(/\S/u);
  for (const match of lower.matchAll(/\p{L}+/gu)) {
    const index = MONTH_PREFIXES.findIndex((prefixes) =>
      prefixes.some((prefix) => match[0].startsWith(prefix)),
    );
    if (index >= 0) found.push({ month: index + 1, leading: match.index === start });
  }
  const month = found.length > 1 ? (found.find((f) => !f.leading) ?? found[0]) : found[0];
  return month ? month.month : null;
}
