import { describe, expect, it } from 'vitest';
import { countScripts, foldText, tokenize } from '../../../shared/classification/normalize-text.ts';

const words = (text: string) => tokenize(foldText(text)).map((t) => t.text);

describe('text folding', () => {
  it('folds Turkish dotted and dotless I the same way as typed without Turkish letters', () => {
    expect(foldText('İPTAL ŞİKAYET ılık')).toBe(foldText('iptal sikayet ilik'));
    expect(foldText('IŞIK')).toBe('isik');
  });

  it('drops diacritics and German sharp s, and joins words split by an apostrophe', () => {
    expect(words("Rückerstattung für Müller, Straße, Temmuz'da")).toEqual([
      'ruckerstattung',
      'fur',
      'muller',
      'strasse',
      'temmuzda',
    ]);
  });

  it('keeps English contractions apart so "we\'re" does not read as "were"', () => {
    expect(words("we're here, we'll stay, it doesn't work")).toEqual([
      'we',
      're',
      'here',
      'we',
      'll',
      'stay',
      'it',
      'doesnt',
      'work',
    ]);
  });

  it('unifies Russian ё and Arabic letter variants and digits', () => {
    expect(foldText('Ребёнок')).toBe('ребенок');
    expect(foldText('الفاتورة أرجو ٢٢١٠')).toBe('الفاتوره ارجو 2210');
  });

  it('offers Arabic words without their attached article or conjunction', () => {
    const [token] = tokenize(foldText('والغرفة'));
    expect(token?.forms).toContain('غرفه');
  });

  it('counts letters per script', () => {
    expect(countScripts(foldText('Hi привет مرحبا'))).toEqual({ latin: 2, cyrillic: 6, arabic: 5 });
  });
});
