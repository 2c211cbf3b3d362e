import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setPageLanguage } from '../../../components/page-language.ts';
import { readerLocale } from '../../../components/reader-locale.ts';

function browserIn(locale: string | null): void {
  fakeBrowser.i18n.getMessage = ((name: string) => (name === 'locale_code' && locale) || '') as never;
}

describe('the language of an extension page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is the language of the strings the browser chose', () => {
    browserIn('tr');
    setPageLanguage(document);
    expect(document.documentElement.lang).toBe('tr');
    expect(readerLocale()).toBe('tr');
  });

  it('falls back to English, the default locale, when the strings do not say', () => {
    browserIn(null);
    setPageLanguage(document);
    expect(document.documentElement.lang).toBe('en');
  });
});
