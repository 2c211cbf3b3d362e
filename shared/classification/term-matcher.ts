// Finds lexicon terms in tokenised text. A term is one or more words; a word ending in "*" is a
// stem (prefix match, the cheap stand-in for stemming agglutinative Turkish and inflected Russian),
// "#" is any number. Words of six letters or more also match with one typo (a letter missing,
// extra, wrong or swapped) after their first two letters, which are rarely the mistyped ones and
// so narrow the words worth comparing to a handful.
import { foldText, type Token } from './normalize-text.ts';

interface TermWord {
  text: string;
  prefix: boolean;
  number: boolean;
}

export interface Term<P> {
  pattern: string;
  words: readonly TermWord[];
  payload: P;
}

export interface TermHit<P> {
  term: Term<P>;
  start: number;
  end: number;
  /** Matched with one typo. */
  fuzzy: boolean;
}

const MIN_FUZZY_LENGTH = 6;
const NUMBER = /^\d+$/;

function parseWord(word: string): TermWord {
  if (word === '#') return { text: '', prefix: false, number: true };
  const prefix = word.endsWith('*');
  return { text: prefix ? word.slice(0, -1) : word, prefix, number: false };
}

/** German guests without umlaut keys write "ue" for "ü": both spellings are the same word. */
export function spellingVariants(pattern: string, umlautDigraphs: boolean): string[] {
  const variants = [pattern];
  if (umlautDigraphs && /[äöü]/i.test(pattern)) {
    variants.push(pattern.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'));
  }
  return variants.map((v) => foldText(v));
}

/** Optimal string alignment distance, stopping early once it exceeds 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * One typo, except at the very end: "arrived" is "arrive" inflected, not mistyped, and an
 * exact-word entry is exact precisely to keep its inflections apart.
 */
function fuzzyWordMatch(word: TermWord, token: string): boolean {
  if (word.text.length < MIN_FUZZY_LENGTH || token.length < MIN_FUZZY_LENGTH - 1) return false;
  if (!word.prefix) {
    if (token.startsWith(word.text) || word.text.startsWith(token)) return false;
    return withinOneEdit(word.text, token);
  }
  const n = word.text.length;
  for (const m of [n, n - 1, n + 1]) {
    if (token.length >= m && withinOneEdit(word.text, token.slice(0, m))) return true;
  }
  return false;
}

function exactWordMatch(word: TermWord, token: string): boolean {
  if (word.number) return NUMBER.test(token);
  return word.prefix ? token.startsWith(word.text) : token === word.text;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class TermMatcher<P> {
  private readonly exact = new Map<string, Term<P>[]>();
  private readonly stems = new Map<string, Term<P>[]>();
  private readonly numberFirst: Term<P>[] = [];
  /** Terms whose first word may be mistyped, by that word's first two letters. */
  private readonly fuzzy = new Map<string, Term<P>[]>();
  private readonly stemLengths: number[];

  constructor(entries: Iterable<{ pattern: string; payload: P }>) {
    const stemLengths = new Set<number>();
    for (const { pattern, payload } of entries) {
      const words = pattern.split(/\s+/).filter(Boolean).map(parseWord);
      const first = words[0];
      if (!first) continue;
      const term: Term<P> = { pattern, words, payload };
      if (first.number) {
        this.numberFirst.push(term);
        continue;
      }
      if (first.prefix) {
        push(this.stems, first.text, term);
        stemLengths.add(first.text.length);
      } else {
        push(this.exact, first.text, term);
      }
      if (first.text.length >= MIN_FUZZY_LENGTH) push(this.fuzzy, first.text.slice(0, 2), term);
    }
    this.stemLengths = [...stemLengths].sort((a, b) => a - b);
  }

  /** Every occurrence of every term; overlapping terms are all reported. */
  match(tokens: readonly Token[]): TermHit<P>[] {
    const hits: TermHit<P>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      let found = false;
      for (const form of token.forms) {
        for (const term of this.candidates(form)) {
          const end = this.matchRest(term, tokens, i, false);
          if (end > 0) {
            hits.push({ term, start: i, end, fuzzy: false });
            found = true;
          }
        }
      }
      if (NUMBER.test(token.text)) {
        for (const term of this.numberFirst) {
          const end = this.matchRest(term, tokens, i, false);
          if (end > 0) hits.push({ term, start: i, end, fuzzy: false });
        }
      } else if (!found && token.text.length >= MIN_FUZZY_LENGTH - 1) {
        for (const term of this.fuzzy.get(token.text.slice(0, 2)) ?? []) {
          if (!fuzzyWordMatch(term.words[0]!, token.text)) continue;
          const end = this.matchRest(term, tokens, i, true);
          if (end > 0) hits.push({ term, start: i, end, fuzzy: true });
        }
      }
    }
    return hits;
  }

  private candidates(form: string): Term<P>[] {
    const out: Term<P>[] = [...(this.exact.get(form) ?? [])];
    for (const length of this.stemLengths) {
      if (length > form.length) break;
      const terms = this.stems.get(form.slice(0, length));
      if (terms) out.push(...terms);
    }
    return out;
  }

  /** Matches the term's remaining words after its first; returns the end index or 0. */
  private matchRest(term: Term<P>, tokens: readonly Token[], start: number, firstFuzzy: boolean): number {
    const words = term.words;
    if (start + words.length > tokens.length) return 0;
    let typos = firstFuzzy ? 1 : 0;
    for (let w = 1; w < words.length; w++) {
      const word = words[w]!;
      const token = tokens[start + w]!;
      if (token.forms.some((form) => exactWordMatch(word, form))) continue;
      if (typos === 0 && !word.number && fuzzyWordMatch(word, token.text)) {
        typos++;
        continue;
      }
      return 0;
    }
    return start + words.length;
  }
}
