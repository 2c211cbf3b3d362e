// Every language's lexicon, compiled once when the module loads.
import type { Language } from '../taxonomy.ts';
import { compileLexicon, type CompiledLexicon } from './lexicon.ts';
import { AR_LEXICON } from './lexicons/ar.ts';
import { DE_LEXICON } from './lexicons/de.ts';
import { EN_LEXICON } from './lexicons/en.ts';
import { RU_LEXICON } from './lexicons/ru.ts';
import { TR_LEXICON } from './lexicons/tr.ts';

export const COMPILED_LEXICONS: Readonly<Record<Language, CompiledLexicon>> = {
  tr: compileLexicon(TR_LEXICON),
  en: compileLexicon(EN_LEXICON),
  de: compileLexicon(DE_LEXICON),
  ru: compileLexicon(RU_LEXICON),
  ar: compileLexicon(AR_LEXICON),
};
