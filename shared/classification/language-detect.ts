// Which language a guest wrote in, as an ISO 639-1 code. The alphabet narrows it (Latin, Cyrillic,
// Arabic script); inside an alphabet each language's frequent words, its hotel words and its own
// letters decide: Turkish ş ğ ı and verb endings (so Turkish typed without diacritics is still
// recognised), German ß ä, Spanish ñ ¿ ¡, Portuguese ã õ, Polish ą ę ł ś ż, French ê è œ;
// Ukrainian і ї є ґ against Russian ы э ъ ё; Persian پ چ ژ گ ک ی against Arabic ة ى ي ك.
// A maintained detector was measured against this one on the labelled set (bench/README
// "Language detection"); this one won on short hotel messages, so it stays.
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

export const LATIN_LANGUAGES = ['tr', 'en', 'de', 'es', 'fr', 'it', 'pt', 'nl', 'pl'] as const;
export const CYRILLIC_LANGUAGES = ['ru', 'uk'] as const;
export const ARABIC_SCRIPT_LANGUAGES = ['ar', 'fa'] as const;

/** Turkish verb and question endings, checked on words of five letters or more. */
// prettier-ignore
const TURKISH_SUFFIXES = [
  'iyor', 'iyoruz', 'iyorum', 'yoruz', 'yorum', 'misiniz', 'musunuz', 'miyiz', 'miyim', 'misin',
  'abilir', 'ebilir', 'ecegiz', 'acagiz', 'dik', 'dim', 'tik', 'tim', 'duk', 'tuk', 'mistim', 'musum',
  'lari', 'leri', 'imiz', 'imizi', 'umuz', 'sunuz', 'siniz', 'nizi', 'niz', 'dir', 'tir', 'sini',
];

/** Letters that belong to one language (or two) of an alphabet, with what each one is worth. */
const LETTER_EVIDENCE: readonly { language: Language; pattern: RegExp; weight: number; rule: string }[] = [
  { language: 'tr', pattern: /[şğıİ]/g, weight: 1.5, rule: 'Turkish letters' },
  { language: 'tr', pattern: /[öü]/g, weight: 0.5, rule: 'ö ü' },
  { language: 'de', pattern: /[ßä]/g, weight: 1.5, rule: 'German letters' },
  { language: 'de', pattern: /[öü]/g, weight: 0.5, rule: 'ö ü' },
  { language: 'es', pattern: /[ñ¿¡]/g, weight: 2, rule: 'Spanish letters' },
  { language: 'es', pattern: /[áíóú]/g, weight: 0.3, rule: 'acute accents' },
  { language: 'pt', pattern: /[ãõ]/g, weight: 2, rule: 'Portuguese letters' },
  { language: 'pt', pattern: /[áíóúâêç]/g, weight: 0.3, rule: 'accents' },
  { language: 'fr', pattern: /[èêëœûùîï]/g, weight: 1, rule: 'French letters' },
  { language: 'fr', pattern: /[éàç]/g, weight: 0.3, rule: 'accents' },
  { language: 'it', pattern: /[àèìòù]/g, weight: 0.5, rule: 'grave accents' },
  { language: 'pl', pattern: /[ąęłńśźżć]/g, weight: 2, rule: 'Polish letters' },
  { language: 'uk', pattern: /[іїєґ]/g, weight: 2, rule: 'Ukrainian letters' },
  { language: 'ru', pattern: /[ыэъё]/g, weight: 2, rule: 'Russian letters' },
  { language: 'fa', pattern: /[پچژگکی]/g, weight: 2, rule: 'Persian letters' },
  { language: 'ar', pattern: /[ةىيك]/g, weight: 0.5, rule: 'Arabic letters' },
];
const MAX_LETTERS_COUNTED = 6;
/** A language needs this share of the leader's evidence to count as mixed in. */
const SECONDARY_SHARE = 0.3;
const DEFAULT_LANGUAGE: Language = 'en';
/** A lexicon term says less about the language than a frequent word: hotel words travel. */
const TERM_HIT_WEIGHT = 0.5;
/** Letters of an alphabet weigh this much each for the language of that alphabet that leads. */
const SCRIPT_LETTER_WEIGHT = 0.25;

export interface LanguageEvidence {
  original: string;
  scripts: ScriptCounts;
  tokens: readonly Token[];
  /** How many lexicon terms of each language the text contains. */
  termHits: Readonly<Partial<Record<Language, number>>>;
}

function countMatches(text: string, pattern: RegExp): number {
  return Math.min(text.match(pattern)?.length ?? 0, MAX_LETTERS_COUNTED);
}

function leaderOf(languages: readonly Language[], scores: Record<Language, number>): Language {
  return languages.reduce((best, l) => (scores[l] > scores[best] ? l : best), languages[0]!);
}

export function detectLanguage(
  { original, scripts, tokens, termHits }: LanguageEvidence,
  lexicons: Readonly<Partial<Record<Language, CompiledLexicon>>>,
): LanguageGuess {
  const scores = Object.fromEntries(LANGUAGES.map((l) => [l, 0])) as Record<Language, number>;
  const cues: LanguageGuess['cues'] = [];
  const add = (language: Language, weight: number, rule: string) => {
    if (weight <= 0) return;
    scores[language] += weight;
    cues.push({ rule: `${language} ${rule}`, weight });
  };
  const lower = original.toLowerCase();

  const inScript = [
    ...(scripts.latin > 0 ? LATIN_LANGUAGES : []),
    ...(scripts.cyrillic > 0 ? CYRILLIC_LANGUAGES : []),
    ...(scripts.arabic > 0 ? ARABIC_SCRIPT_LANGUAGES : []),
  ];
  for (const language of inScript) {
    const lexicon = lexicons[language];
    if (lexicon) add(language, lexicon.markers.match(tokens).length, 'frequent words');
    add(language, (termHits[language] ?? 0) * TERM_HIT_WEIGHT, 'hotel words');
  }
  for (const { language, pattern, weight, rule } of LETTER_EVIDENCE) {
    if (inScript.includes(language)) add(language, countMatches(lower, pattern) * weight, rule);
  }
  if (scripts.latin > 0) {
    const suffixed = tokens.filter(
      (t) => t.text.length >= 5 && TURKISH_SUFFIXES.some((s) => t.text.endsWith(s)),
    ).length;
    add('tr', suffixed * 0.5, 'suffixes');
    add('nl', tokens.filter((t) => t.text.includes('ij')).length * 0.5, 'ij');
  }
  // The alphabet itself: its letters count for whichever of its languages leads on the rest.
  if (scripts.cyrillic > 0) {
    add(leaderOf(CYRILLIC_LANGUAGES, scores), scripts.cyrillic * SCRIPT_LETTER_WEIGHT, 'Cyrillic letters');
  }
  if (scripts.arabic > 0) {
    add(leaderOf(ARABIC_SCRIPT_LANGUAGES, scores), scripts.arabic * SCRIPT_LETTER_WEIGHT, 'Arabic script');
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
  return {
    language: top,
    confidence: round((best / total) * strength),
    secondary,
    cues: cues.filter((c) => c.rule.startsWith(`${top} `)),
  };
}
