// Folds guest text into comparable tokens: case folding that treats Turkish İ/ı like i, diacritics
// dropped (so "şikayet" and "sikayet" meet), Arabic letter variants unified, digits made ASCII.
// Lexicon patterns go through the same folding, so data can be written naturally.

const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
const COMBINING_MARKS = /\p{M}/gu;
const INNER_APOSTROPHE = /(\p{L})['’`´](?=\p{L})/gu;
/** English "we're", "we'll", "I'm": kept apart so "we're" does not become "were". */
const CONTRACTION = /(\p{L})['’](re|ll|ve|m|d)\b/gu;
/** Latin, Russian and Ukrainian Cyrillic (і ї є ґ), Arabic and the Persian letters پ چ ژ گ. */
const TOKEN = /[a-z0-9\u0430-\u044f\u0454\u0456\u0491\u0621-\u064a\u067e\u0686\u0698\u06af]+/g;
/** Arabic clitics written onto the next word: "and", "with/by", "for", "the". */
const ARABIC_PREFIXES = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ب', 'ف', 'ل'];

const LETTER_FOLDS: Record<string, string> = {
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ة: 'ه',
  ى: 'ي',
  // Persian kaf and yeh are the Arabic letters drawn another way: one spelling for matching.
  ک: 'ك',
  ی: 'ي',
  ـ: '',
};
const LETTER_FOLD_PATTERN = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

function asciiDigit(d: string): string {
  const code = d.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

/** Lower-cases and strips diacritics; the result contains only base letters, digits and punctuation. */
export function foldText(text: string): string {
  return text
    .replace(/İ/g, 'i')
    .toLowerCase()
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(LETTER_FOLD_PATTERN, (c) => LETTER_FOLDS[c] ?? c)
    .replace(ARABIC_INDIC_DIGITS, asciiDigit)
    .replace(CONTRACTION, '$1 $2')
    .replace(INNER_APOSTROPHE, '$1');
}

/** A word of the text; `forms` holds the word and, for Arabic, the word without its clitics. */
export interface Token {
  text: string;
  forms: readonly string[];
}

function arabicForms(word: string): string[] {
  const forms = [word];
  for (const prefix of ARABIC_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 3) forms.push(word.slice(prefix.length));
  }
  return forms;
}

const isArabic = (word: string) => {
  const c = word.charCodeAt(0);
  return (c >= 0x0621 && c <= 0x064a) || c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af;
};

/** Splits already folded text into tokens. */
export function tokenize(folded: string): Token[] {
  const words = folded.match(TOKEN) ?? [];
  return words.map((text) => ({ text, forms: isArabic(text) ? arabicForms(text) : [text] }));
}

export interface ScriptCounts {
  latin: number;
  cyrillic: number;
  arabic: number;
}

/** Letters per script in folded text: Russian and Arabic are recognised by their alphabet. */
export function countScripts(folded: string): ScriptCounts {
  const counts = { latin: 0, cyrillic: 0, arabic: 0 };
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) counts.latin++;
    else if ((c >= 0x0430 && c <= 0x044f) || c === 0x0454 || c === 0x0456 || c === 0x0491) counts.cyrillic++;
    else if ((c >= 0x0621 && c <= 0x064a) || c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af) {
      counts.arabic++;
    }
  }
  return counts;
}
