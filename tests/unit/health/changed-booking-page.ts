// The Booking.com fixture page as it would look after a (hypothetical) early-2027 redesign: each
// message is a <div data-test-id="thread-item"> instead of an <article
// data-test-id="messaging-message">, so neither built-in message selector matches any more, and
// the selector pack a coordinator would publish to fix it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BOOKING_SELECTORS } from '../../../content-scripts/booking/booking-selectors.ts';

export const BOOKING_FIXTURE = 'tests/fixtures/booking/booking-extranet-messaging-2026-11.html';
export const BOOKING_URL =
  'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=1234567&ses=x1';

export function changedBookingPage(): string {
  const html = readFileSync(resolve(process.cwd(), BOOKING_FIXTURE), 'utf8');
  const changed = html
    .replaceAll('<article data-test-id="messaging-message"', '<div data-test-id="thread-item"')
    .replaceAll('</article>', '</div>')
    .replaceAll(
      "el('article', { 'data-test-id': 'messaging-message'",
      "el('div', { 'data-test-id': 'thread-item'",
    );
  if (changed.includes('messaging-message"') || !changed.includes("'thread-item'")) {
    throw new Error('the Booking.com fixture changed: update changedBookingPage');
  }
  return changed;
}

export const FIXED_PACK_VERSION = '2027-02-01';

/** The built-in pack with the redesigned message element first. */
export function fixedBookingSelectors() {
  return { ...BOOKING_SELECTORS, message: ['[data-test-id="thread-item"]', ...BOOKING_SELECTORS.message] };
}
