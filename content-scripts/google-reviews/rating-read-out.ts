// A star rating as the page reads it out to screen readers: "1 star", "4 stars", "Rated 4.0 out
// of 5", "4 von 5 Sternen", "5 üzerinden 4 yıldız" (Turkish names the scale first). Without a
// scale in the words, the page's own scale applies.
import type { PublicRating } from '../../shared/message.ts';

const TURKISH = /(\d+)\s*üzerinden\s*(\d+(?:[.,]\d+)?)/i;
const FIRST_NUMBER = /(\d+(?:[.,]\d+)?)/;
const SCALE = /(?:out of|of|\/|von|sur|из)\s*(\d+)/i;

const toNumber = (text: string | undefined) => Number(text?.replace(',', '.'));

export function ratingFromReadOut(readOut: string | undefined, scale: 5 | 10): PublicRating | undefined {
  if (!readOut) return undefined;
  const turkish = TURKISH.exec(readOut);
  const value = toNumber(turkish ? turkish[2] : FIRST_NUMBER.exec(readOut)?.[1]);
  const outOf = turkish ? toNumber(turkish[1]) : toNumber(SCALE.exec(readOut)?.[1] ?? String(scale));
  if (outOf !== 5 && outOf !== 10) return undefined;
  if (!Number.isFinite(value) || value < 0 || value > outOf) return undefined;
  return { value, outOf };
}
