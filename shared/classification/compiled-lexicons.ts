// Every language's lexicon, compiled once when the module loads, and the lexicon of evidence
// that reads the same in every language (review sites by name).
import type { Language } from '../taxonomy.ts';
import { compileLexicon, type CompiledLexicon } from './lexicon.ts';
import { AR_LEXICON } from './lexicons/ar.ts';
import { DE_LEXICON } from './lexicons/de.ts';
import { EN_LEXICON } from './lexicons/en.ts';
import { ES_LEXICON } from './lexicons/es.ts';
import { FA_LEXICON } from './lexicons/fa.ts';
import { FR_LEXICON } from './lexicons/fr.ts';
import { IT_LEXICON } from './lexicons/it.ts';
import { NL_LEXICON } from './lexicons/nl.ts';
import { PL_LEXICON } from './lexicons/pl.ts';
import { PT_LEXICON } from './lexicons/pt.ts';
import { RU_LEXICON } from './lexicons/ru.ts';
import { TR_LEXICON } from './lexicons/tr.ts';
import { UK_LEXICON } from './lexicons/uk.ts';
import { UNIVERSAL_LEXICON } from './lexicons/universal.ts';

export const COMPILED_LEXICONS: Readonly<Record<Language, CompiledLexicon>> = {
  tr: compileLexicon(TR_LEXICON),
  en: compileLexicon(EN_LEXICON),
  de: compileLexicon(DE_LEXICON),
  ru: compileLexicon(RU_LEXICON),
  ar: compileLexicon(AR_LEXICON),
  es: compileLexicon(ES_LEXICON),
  fr: compileLexicon(FR_LEXICON),
  it: compileLexicon(IT_LEXICON),
  pt: compileLexicon(PT_LEXICON),
  nl: compileLexicon(NL_LEXICON),
  pl: compileLexicon(PL_LEXICON),
  uk: compileLexicon(UK_LEXICON),
  fa: compileLexicon(FA_LEXICON),
};

export const UNIVERSAL = compileLexicon(UNIVERSAL_LEXICON);
