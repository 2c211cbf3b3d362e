// The day/month order of one WhatsApp conversation, decided once from the dates its panel shows
// (every message stamp and date separator) so that one conversation's dates never disagree.
// Kept per panel element: a panel is re-read per message, and re-scanning it each time would make
// a 5,000-message chat quadratic. A new chat replaces the panel's content, not the element, so
// the cache is also keyed by the header title. An order that only the language or the calendar
// suggested is kept for one scan (one `now`), then looked at again with the dates shown then.
import {
  decideDayOrder,
  readNumericDate,
  type DayOrder,
  type NumericDate,
} from '../adapter-kit/numeric-date-order.ts';
import { anyOf } from '../selector-chain.ts';
import { readPrePlainStamp } from './whatsapp-pre-plain-text.ts';
import type { WhatsappSelectors } from './whatsapp-selectors.ts';

interface Decided {
  chat: string;
  order: DayOrder;
  /** Whether a date that states its order decided it; only then is it final for the chat. */
  final: boolean;
  scan: number;
}

const decided = new WeakMap<Element, Decided>();

export function dateOrderOf(panel: Element | null, chat: string, s: WhatsappSelectors, now: Date): DayOrder {
  const document = panel?.ownerDocument;
  const known = panel ? decided.get(panel) : undefined;
  if (known && known.chat === chat && (known.final || known.scan === now.getTime())) return known.order;
  const dates = panel ? pageDates(panel, s) : [];
  const order = decideDayOrder({
    dates,
    pageLanguage: document?.documentElement.getAttribute('lang') ?? undefined,
    browserLanguage: document?.defaultView?.navigator.language,
    now,
  });
  const final = dates.some((d) => d.order === 'day-first' || d.order === 'month-first');
  if (panel) decided.set(panel, { chat, order, final, scan: now.getTime() });
  return order;
}

function pageDates(panel: Element, s: WhatsappSelectors): NumericDate[] {
  const dates: NumericDate[] = [];
  for (const element of panel.querySelectorAll(anyOf(s.prePlainText))) {
    const date = readPrePlainStamp(element.getAttribute(s.attributes.prePlainText) ?? '')?.date;
    if (date) dates.push(date);
  }
  // Date separators are rows without a message: their whole text is the date.
  for (const row of panel.querySelectorAll(anyOf(s.row))) {
    if (row.querySelector(`[${s.attributes.messageId}]`)) continue;
    const date = readNumericDate(row.textContent ?? '');
    if (date) dates.push(date);
  }
  return dates;
}
