// Reads a guest's answer to the 1-5 satisfaction question in the thread: "5", "5/5", "4 out of
// 5", "beş", "fünf", "пять", "⭐⭐⭐⭐". Only a short reply that gives exactly one score counts:
// "we stayed 5 nights, the AC broke twice" is not a rating, and neither is "4 or 5".
import { foldText, tokenize } from '../classification/normalize-text.ts';

export type CsatScore = 1 | 2 | 3 | 4 | 5;

/** A rating is a short answer; longer text is a new message that happens to hold a number. */
const MAX_WORDS = 6;
/** Number words are easily ordinary words ("bir" is also "a"): they count only in very short replies. */
const MAX_WORDS_FOR_NUMBER_WORD = 3;

const NUMBER_WORDS: Readonly<Record<string, CsatScore>> = Object.fromEntries(
  (
    [
      [1, ['one', 'bir', 'eins', 'один', 'одна', 'واحد']],
      [2, ['two', 'iki', 'zwei', 'два', 'две', 'اثنان', 'اثنين']],
      [3, ['three', 'üç', 'drei', 'три', 'ثلاثة']],
      [4, ['four', 'dört', 'vier', 'четыре', 'أربعة']],
      [5, ['five', 'beş', 'fünf', 'fuenf', 'пять', 'خمسة']],
    ] as const
  ).flatMap(([score, words]) => words.map((w) => [foldText(w), score])),
);

/** "bir" is also "a", "one" also "one more thing": alone they are a score, in a sentence not. */
const AMBIGUOUS_NUMBER_WORDS: ReadonlySet<string> = new Set(['bir', 'one', 'eins']);
/** "5 nights", "2 kişi", "3 дня": a count of something, not a rating. */
const COUNTED =
  /\d\s*(?:nights?|days?|people|persons?|rooms?|min\w*|hours?|gece|gun|kisi|oda|dakika|saat|nacht|nachte|tage?|personen|zimmer|stunden?|ноч\p{L}*|дн\p{L}*|дня|человек|номер\p{L}*|час\p{L}*|минут\p{L}*)(?![\p{L}])/u;
const STAR = /⭐|★|🌟/gu;
const OUT_OF_FIVE = /\b([1-5])\s*(?:\/|out of|of|von|из|من)\s*5\b/u;
const TURKISH_OUT_OF_FIVE = /\b5\s*(?:uzerinden|te|de)\s*([1-5])\b/u;
const NUMBER = /\d+(?:[.,]\d+)?/g;

function isScore(n: number): n is CsatScore {
  return Number.isInteger(n) && n >= 1 && n <= 5;
}

export function parseCsatAnswer(text: string): CsatScore | null {
  const folded = foldText(text);
  const words = tokenize(folded);
  const numbers = (folded.match(NUMBER) ?? []).map(Number);
  const stars = text.match(STAR)?.length ?? 0;

  if (stars > 0) return numbers.length === 0 && isScore(stars) && words.length <= MAX_WORDS ? stars : null;
  if (words.length > MAX_WORDS || COUNTED.test(folded)) return null;

  const outOfFive = OUT_OF_FIVE.exec(folded) ?? TURKISH_OUT_OF_FIVE.exec(folded);
  if (outOfFive) return Number(outOfFive[1]) as CsatScore;

  if (numbers.length > 0) {
    const distinct = [...new Set(numbers)];
    return distinct.length === 1 && isScore(distinct[0]!) ? distinct[0] : null;
  }

  if (words.length > MAX_WORDS_FOR_NUMBER_WORD) return null;
  const counted = words.filter((w) => words.length === 1 || !AMBIGUOUS_NUMBER_WORDS.has(w.text));
  const scores = [...new Set(counted.map((w) => NUMBER_WORDS[w.text]).filter((s) => s !== undefined))];
  return scores.length === 1 ? scores[0]! : null;
}
