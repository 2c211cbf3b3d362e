// One way to read a translated string (public/_locales/{en,tr}/messages.json) anywhere in the
// extension. A key missing from the locale files shows itself instead of an empty string.
import { browser } from 'wxt/browser';

type GetMessage = (name: string, substitutions?: string[]) => string;

export function t(key: string, ...substitutions: string[]): string {
  // WXT types getMessage with the keys it generated at `wxt prepare`; any key is valid here.
  const message = (browser.i18n as unknown as { getMessage: GetMessage }).getMessage(key, substitutions);
  return message || key;
}
