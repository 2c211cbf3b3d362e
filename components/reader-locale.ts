// The language the reader sees the extension in: the one of the strings the browser picked from
// public/_locales (its `locale_code` message), so numbers, units and dates are formatted in the
// same language as the words around them (a German browser gets English words, so English units).
import { t } from './i18n.ts';

export function readerLocale(translate: (key: string) => string = t): string {
  const code = translate('locale_code');
  return code === 'locale_code' || code === '' ? 'en' : code;
}
