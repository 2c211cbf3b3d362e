import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsatAnswer } from '../../../shared/templates/csat-answer.ts';

describe('parseCsatAnswer', () => {
  it.each([
    ['5', 5],
    ['4!', 4],
    ['5/5', 5],
    ['4 out of 5', 4],
    ['3 von 5', 3],
    ['4 из 5', 4],
    ['5 üzerinden 4', 4],
    ['I would give 4', 4],
    ['puanım 5, teşekkürler', 5],
    ['beş', 5],
    ['Bes', 5],
    ['fünf', 5],
    ['Пять 😊', 5],
    ['خمسة', 5],
    ['٤', 4],
    ['⭐⭐⭐⭐', 4],
    ['★★★', 3],
    ['five stars', 5],
    ['bir', 1],
  ] as const)('%s -> %i', (text, score) => {
    expect(parseCsatAnswer(text)).toBe(score);
  });

  it.each([
    'thanks!',
    '10/10',
    '0',
    '4 or 5',
    '3.5',
    '5 nights',
    '2 kişi',
    'bir sorun var',
    'one more thing',
    'We stayed 5 nights and the air conditioning broke twice during the stay',
  ])('%s is not a rating', (text) => {
    expect(parseCsatAnswer(text)).toBeNull();
  });

  it('never throws and only ever returns 1 to 5 or nothing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })), (text) => {
        const score = parseCsatAnswer(text);
        expect(score === null || [1, 2, 3, 4, 5].includes(score)).toBe(true);
      }),
    );
  });
});
