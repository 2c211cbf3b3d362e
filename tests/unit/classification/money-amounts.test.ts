import { describe, expect, it } from 'vitest';
import { findMoneyAmounts } from '../../../shared/classification/money-amounts.ts';

const amounts = (text: string) => findMoneyAmounts(text).map((a) => [a.amount, a.currency]);

describe('money amounts', () => {
  it('reads amounts with the currency before or after, in the ways guests write them', () => {
    expect(amounts('a full refund (EUR 3,870)')).toEqual([[3870, 'eur']]);
    expect(amounts("48.000 TL'nin iadesini")).toEqual([[48000, 'try']]);
    expect(amounts('180 000 рублей')).toEqual([[180000, 'rub']]);
    expect(amounts('prepayment of €240')).toEqual([[240, 'eur']]);
    expect(amounts('12,50 eur')).toEqual([[12.5, 'eur']]);
    expect(amounts('4500 دولار')).toEqual([[4500, 'usd']]);
  });

  it('ignores numbers that are not money', () => {
    expect(amounts('room 1205, 3 nights, booking 558201')).toEqual([]);
  });

  it('converts to euros to compare claims', () => {
    const [tl] = findMoneyAmounts('62.000 TL');
    expect(tl?.eur).toBeGreaterThan(500);
    const [small] = findMoneyAmounts('650 TL');
    expect(small?.eur).toBeLessThan(500);
  });
});
