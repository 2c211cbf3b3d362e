// Money amounts a guest names ("EUR 3,870", "48.000 TL", "180 000 рублей"), converted to euros
// with rough rates: only to tell a large claim from a small one, never to book anything.

const EUR_PER_UNIT = { eur: 1, usd: 0.9, gbp: 1.15, try: 0.02, rub: 0.01 } as const;
type Currency = keyof typeof EUR_PER_UNIT;

const CURRENCY_WORDS: readonly [RegExp, Currency][] = [
  [/^(€|eur|euro|euros|евро|يورو)$/, 'eur'],
  [/^(\$|usd|dollars?|доллар\p{L}*|دولار)$/u, 'usd'],
  [/^(£|gbp|pounds?|фунт\p{L}*)$/u, 'gbp'],
  [/^(₺|tl|try|lira|лир\p{L}*)$/u, 'try'],
  [/^(₽|rub|руб\p{L}*)$/u, 'rub'],
];

const NUMBER = /\d{1,3}(?:[., \u00a0]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?/g;
const WORD_BEFORE = /(€|\$|£|₺|₽|[a-z\u0400-\u04ff\u0600-\u06ff]+)\s?$/u;
const WORD_AFTER = /^\s?(€|\$|£|₺|₽|[a-z\u0400-\u04ff\u0600-\u06ff]+)/u;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g;

export interface MoneyAmount {
  amount: number;
  currency: Currency;
  eur: number;
  words: string;
}

function currencyOf(word: string): Currency | null {
  for (const [pattern, currency] of CURRENCY_WORDS) if (pattern.test(word)) return currency;
  return null;
}

/** "3,870" and "48.000" are thousands; "12,50" is a decimal. */
function parseNumber(raw: string): number {
  const groups = raw.split(/[., \u00a0]/);
  const last = groups[groups.length - 1] ?? '';
  if (groups.length > 1 && last.length !== 3) {
    return Number(groups.slice(0, -1).join('') + '.' + last);
  }
  return Number(groups.join(''));
}

export function findMoneyAmounts(text: string): MoneyAmount[] {
  const normalized = text.toLowerCase().replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660));
  const found: MoneyAmount[] = [];
  for (const m of normalized.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = WORD_BEFORE.exec(normalized.slice(Math.max(0, start - 12), start));
    const after = WORD_AFTER.exec(normalized.slice(end, end + 12));
    const currency = currencyOf(after?.[1] ?? '') ?? currencyOf(before?.[1] ?? '');
    if (!currency) continue;
    const amount = parseNumber(m[0]);
    if (!Number.isFinite(amount)) continue;
    found.push({
      amount,
      currency,
      eur: amount * EUR_PER_UNIT[currency],
      words: `${m[0]} ${currency.toUpperCase()}`,
    });
  }
  return found;
}
