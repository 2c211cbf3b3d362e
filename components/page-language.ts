// Every extension page says which language it is written in (screen readers pick their voice by
// it, and axe's html-has-lang rule asks for it): the language of the strings the browser chose.
import { readerLocale } from './reader-locale.ts';

export function setPageLanguage(doc: Document = document): void {
  doc.documentElement.lang = readerLocale();
}
