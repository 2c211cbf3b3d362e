import { describe, expect, it } from 'vitest';
import { TermMatcher } from '../../../shared/classification/term-matcher.ts';
import { foldText, tokenize } from '../../../shared/classification/normalize-text.ts';

function matched(patterns: string[], text: string): string[] {
  const matcher = new TermMatcher(patterns.map((pattern) => ({ pattern, payload: pattern })));
  return matcher.match(tokenize(foldText(text))).map((hit) => hit.term.payload);
}

describe('term matcher', () => {
  it('matches whole words, stems and phrases', () => {
    expect(matched(['cancel', 'iptal*', 'late check out'], 'please cancel')).toEqual(['cancel']);
    expect(matched(['cancel'], 'cancellation')).toEqual([]);
    expect(matched(['iptal*'], 'rezervasyonu iptal ettirmek')).toEqual(['iptal*']);
    expect(matched(['late check out'], 'a late check-out please')).toEqual(['late check out']);
    expect(matched(['late check out'], 'late check in')).toEqual([]);
  });

  it('matches "#" against any number', () => {
    expect(matched(['room #'], 'room 1207 has no water')).toEqual(['room #']);
    expect(matched(['room #'], 'room service')).toEqual([]);
  });

  it('tolerates one typo in a long word but not two', () => {
    expect(matched(['invoice'], 'send the invocie')).toEqual(['invoice']);
    expect(matched(['invoice'], 'send the invoce')).toEqual(['invoice']);
    expect(matched(['invoice'], 'send the invoise')).toEqual(['invoice']);
    expect(matched(['invoice'], 'send the imvoise')).toEqual([]);
    expect(matched(['rezervasyon*'], 'rezervsyonumu')).toEqual(['rezervasyon*']);
  });

  it('does not treat an inflected word as a typo of an exact entry', () => {
    expect(matched(['arrive'], 'when we arrived')).toEqual([]);
  });

  it('does not fuzz short words, where one letter changes the meaning', () => {
    expect(matched(['would'], 'mould in the bathroom')).toEqual([]);
  });
});
