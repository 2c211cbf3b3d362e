// Media messages carry no data-pre-plain-text, but their bubble shows the time ("08:02") and a
// neighbouring text message shows the date. Together they give the send time, which keeps the
// conversation's order right (a capture-time stand-in would look newer than a later reply).
import type { DayOrder } from '../adapter-kit/numeric-date-order.ts';
import { localDate, parseClock } from '../page-time.ts';
import { anyOf } from '../selector-chain.ts';
import { parsePrePlainText } from './whatsapp-pre-plain-text.ts';
import type { WhatsappSelectors } from './whatsapp-selectors.ts';

export const CLOCK_ONLY = /^\s*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?\s*$/;
/** How far to look for a dated neighbour before giving up (rows are date separators or media too). */
const NEIGHBOURS = 30;

type Step = (row: Element) => Element | null;
const SEARCH: ReadonlyArray<readonly ['previous' | 'next', Step]> = [
  ['previous', (row) => row.previousElementSibling],
  ['next', (row) => row.nextElementSibling],
];

export function mediaSentAt(element: Element, s: WhatsappSelectors, now: Date, order: DayOrder): Date | null {
  // The bubble's own time is its last clock-shaped span (after any caption).
  const shown = [...element.querySelectorAll('span')]
    .reverse()
    .find((span) => CLOCK_ONLY.test(span.textContent ?? ''));
  const clock = shown ? parseClock(shown.textContent ?? '') : null;
  const row = element.closest(anyOf(s.row));
  if (!clock || !row) return null;
  for (const [side, step] of SEARCH) {
    let sibling = step(row);
    for (let seen = 0; sibling && seen < NEIGHBOURS; seen += 1, sibling = step(sibling)) {
      const stamp = sibling.querySelector(anyOf(s.prePlainText))?.getAttribute(s.attributes.prePlainText);
      const neighbour = stamp ? parsePrePlainText(stamp, order)?.sentAt : null;
      if (!neighbour) continue;
      const sent = localDate({
        year: neighbour.getFullYear(),
        month: neighbour.getMonth() + 1,
        day: neighbour.getDate(),
        ...clock,
      });
      if (!sent) return null;
      // Earlier than the message before it (or later than the one after): midnight lies between.
      if (side === 'previous' && sent < neighbour) sent.setDate(sent.getDate() + 1);
      if (side === 'next' && sent > neighbour) sent.setDate(sent.getDate() - 1);
      return sent.getTime() <= now.getTime() ? sent : null;
    }
  }
  return null;
}
