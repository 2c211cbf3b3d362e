// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  bookingReviewsAdapter,
  createBookingReviewsAdapter,
} from '../../../content-scripts/booking-reviews/booking-reviews-adapter.ts';
import { BOOKING_REVIEWS_SELECTORS } from '../../../content-scripts/booking-reviews/booking-reviews-selectors.ts';
import { bookingAdapter } from '../../../content-scripts/booking/booking-adapter.ts';
import { insertIntoComposer } from '../../../content-scripts/composer-insert.ts';
import { loadFixture, localInstant, pageWindow, type KonukFixture } from '../content-scripts/fixture-page.ts';
import { readPage } from './read-page.ts';

const PAGE =
  'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/reviews.html' +
  '?hotel_id=1234567&lang=en&ses=6f1c2b9e8d7a4c3b2a1f0e9d8c7b6a5f';
const NOW = new Date(localInstant(2026, 12, 1, 9, 0));
const MARK = 'bk-7a1c9e3f';
const JAN = 'bk-5d20b611';
const ALI = 'bk-90ce4d27';

describe('Booking.com guest reviews in the extranet, 2026-12 page', () => {
  let driver: KonukFixture;
  beforeEach(() => {
    driver = loadFixture('booking-reviews/booking-extranet-reviews-2026-12.html', PAGE);
  });

  it('reads a review with the guest’s name, the score out of 10 and the reservation it belongs to', () => {
    const mark = readPage(bookingReviewsAdapter, NOW).find((m) => m.platformMessageId === MARK)!;
    expect(mark).toMatchObject({
      channel: 'booking',
      conversationId: MARK,
      direction: 'inbound',
      senderName: 'Mark Evans',
      guestName: 'Mark Evans',
      visibility: 'public',
      publicSource: 'booking_review',
      rating: { value: 3, outOf: 10 },
      reservationNumber: '3318804721',
      stay: { checkIn: '2026-11-14', checkOut: '2026-11-21' },
      text:
        'Not what we paid for\nLiked · The pool and the beach.\n' +
        'Disliked · Our room was not cleaned for three days and reception did not care.',
    });
    // The session never leaves the page: the links back keep the hotel only.
    const link =
      'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/reviews.html?hotel_id=1234567';
    expect(mark.conversationUrl).toBe(link);
    expect(mark.publicUrl).toBe(link);
    expect(mark.stayMonth).toBeUndefined();
    expect(Date.parse(mark.sentAt)).toBe(localInstant(2026, 11, 22, 12, 0));
  });

  it('reads the property’s reply as the hotel’s public answer', () => {
    const messages = readPage(bookingReviewsAdapter, NOW).filter((m) => m.conversationId === JAN);
    expect(messages.map((m) => [m.direction, m.rating?.value, m.text])).toEqual([
      ['inbound', 9.2, 'Heerlijk verblijf\nLiked · Vriendelijk personeel en een prachtig zwembad.'],
      ['outbound', undefined, 'Dank u wel, Jan! We hopen u snel weer te zien.'],
    ]);
    expect(Date.parse(messages[1]!.sentAt)).toBe(localInstant(2026, 11, 13, 12, 0));
  });

  it('keeps hostile text inert', () => {
    const ali = readPage(bookingReviewsAdapter, NOW).find((m) => m.platformMessageId === ALI)!;
    expect(ali.text).toContain('<img src=x onerror="window.__konukXss=1">');
    expect(pageWindow.__konukXss).toBeUndefined();
  });

  it('posts the short public reply through the page’s own reply box and reads it back', () => {
    const id = driver.receive('Breakfast was cold.', { author: 'Olga Ivanova', score: '4,5' });
    driver.openConversation(id);
    const composer = bookingReviewsAdapter.findComposer(document)!;
    expect(insertIntoComposer(composer, 'Thank you, Olga. We have sent you a message.')).toBe(true);
    (document.querySelector('[data-konuk-send]') as HTMLButtonElement).click();
    const messages = readPage(bookingReviewsAdapter, NOW);
    expect(messages.map((m) => [m.direction, m.rating?.value, m.text])).toEqual([
      ['inbound', 4.5, 'Breakfast was cold.'],
      ['outbound', undefined, 'Thank you, Olga. We have sent you a message.'],
    ]);
  });

  it('refuses a score off the 10-point scale and reads a pack from the API', () => {
    const adapter = createBookingReviewsAdapter({
      ...BOOKING_REVIEWS_SELECTORS,
      rating: ['.no-such-score', '.bui-review-score__badge'],
    });
    const fallbacks: string[] = [];
    const mark = readPage(adapter, NOW, (name) => fallbacks.push(name)).find(
      (m) => m.platformMessageId === MARK,
    )!;
    expect(mark.rating).toEqual({ value: 3, outOf: 10 });
    expect(fallbacks).toContain('rating[1]');
    document
      .querySelector(`[data-review-id="${MARK}"] .bui-review-score__badge`)!
      .setAttribute('aria-label', '3 of 5');
    expect(readPage(adapter, NOW).find((m) => m.platformMessageId === MARK)!.rating).toBeUndefined();
  });

  it('is read by the reviews adapter only: the messaging adapter finds no messages here', () => {
    expect(readPage(bookingAdapter, NOW)).toEqual([]);
    // Nor does it cry "cannot read this page" on a page that is not its own.
    expect(bookingAdapter.isConversationOpen(document)).toBe(false);
    expect(bookingReviewsAdapter.isConversationOpen(document)).toBe(true);
  });
});
