// Which language a guest wrote in. Russian and Arabic are told by their alphabet; Turkish,
// English and German by their frequent words, their hotel words ("klima bozuk" has no frequent
// word but two Turkish lexicon terms), Turkish and German letters, and Turkish suffixes (so
// Turkish typed without ş, ğ or ı is still recognised).
import { LANGUAGES, type Language } from '../taxonomy.ts';
import type { ScriptCounts, Token } from './normalize-text.ts';
import type { CompiledLexicon } from './lexicon.ts';
import { round } from './scoring.ts';

export interface LanguageGuess {
  language: Language;
  confidence: number;
  /** Other languages present in the text (a guest mixing languages), weakest evidence dropped. */
  secondary: Language[];
  cues: { rule: string; weight: number }[];
}

const LATIN_LANGUAGES = ['tr', 'en', 'de'] as const;
/** Turkish verb and question endings, checked on words of five letters or more. */
// prettier-ignore
const TURKISH_SUFFIXES = [
  'iyor', 'iyoruz', 'iyorum', 'yoruz', 'yorum', 'misiniz', 'musunuz', 'miyiz', 'miyim', 'misin',
  'abilir', 'ebilir', 'ecegiz', 'acagiz', 'dik', 'dim', 'tik', 'tim', 'duk', 'tuk', 'mistim', 'musum',
  'lari', 'leri', 'imiz', 'imizi', 'umuz', 'sunuz', 'siniz', 'nizi', 'niz', 'dir', 'tir', 'sini',
];
const TURKISH_LETTERS = /[şğıŞĞİ]/g;
const GERMAN_LETTERS = /[ßäÄ]/g;
const SHARED_UMLAUTS = /[öüÖÜ]/g;
/** A language needs this share of the leader's evidence to count as mixed in. */
const SECONDARY_SHARE = 0.3;
const DEFAULT_LANGUAGE: Language = 'en';
/** A lexicon term says less about the language than a frequent word: hotel words travel. */
const TERM_HIT_WEIGHT = 0.5;

export interface LanguageEvidence {
  original: string;
  scripts: ScriptCounts;
  tokens: readonly Token[];
  /** How many lexicon terms of each Latin-script language the text contains. */
  termHits: Readonly<Partial<Record<Language, number>>>;
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

export function detectLanguage(
  { original, scripts, tokens, termHits }: LanguageEvidence,
  lexicons: Readonly<Record<Language, CompiledLexicon>>,
): LanguageGuess {
  const scores: Record<Language, number> = { tr: 0, en: 0, de: 0, ru: 0, ar: 0 };
  const cues: LanguageGuess['cues'] = [];
  scores.ru = scripts.cyrillic / 4;
  scores.ar = scripts.arabic / 4;
  if (scripts.cyrillic > 0) cues.push({ rule: 'Cyrillic letters', weight: scores.ru });
  if (scripts.arabic > 0) cues.push({ rule: 'Arabic letters', weight: scores.ar });

  if (scripts.latin > 0) {
    for (const language of LATIN_LANGUAGES) {
      const hits = lexicons[language].markers.match(tokens).length;
      const terms = (termHits[language] ?? 0) * TERM_HIT_WEIGHT;
      scores[language] += hits + terms;
      if (hits > 0) cues.push({ rule: `${language} frequent words`, weight: hits });
      if (terms > 0) cues.push({ rule: `${language} hotel words`, weight: terms });
    }
    const suffixed = tokens.filter(
      (t) => t.text.length >= 5 && TURKISH_SUFFIXES.some((s) => t.text.endsWith(s)),
    ).length;
    const turkishLetters = Math.min(countMatches(original, TURKISH_LETTERS), 6);
    const germanLetters = Math.min(countMatches(original, GERMAN_LETTERS), 6);
    const umlauts = Math.min(countMatches(original, SHARED_UMLAUTS), 6);
    scores.tr += suffixed * 0.5 + turkishLetters * 1.5 + umlauts * 0.5;
    scores.de += germanLetters * 1.5 + umlauts * 0.5;
    if (suffixed > 0) cues.push({ rule: 'Turkish suffixes', weight: suffixed * 0.5 });
    if (turkishLetters > 0) cues.push({ rule: 'Turkish letters', weight: turkishLetters * 1.5 });
    if (germanLetters > 0) cues.push({ rule: 'German letters', weight: germanLetters * 1.5 });
  }

  const ranked = [...LANGUAGES].sort((a, b) => scores[b] - scores[a]);
  const top = ranked[0]!;
  const best = scores[top];
  if (best <= 0) {
    return {
      language: DEFAULT_LANGUAGE,
      confidence: 0.2,
      secondary: [],
      cues: [{ rule: 'no language evidence', weight: 0 }],
    };
  }
  const total = LANGUAGES.reduce((sum, l) => sum + scores[l], 0);
  const secondary = ranked.slice(1).filter((l) => scores[l] >= 1 && scores[l] >= best * SECONDARY_SHARE);
  const strength = 1 - Math.exp(-best / 2);
  return { language: top, confidence: round((best / total) * strength), secondary, cues };
}
