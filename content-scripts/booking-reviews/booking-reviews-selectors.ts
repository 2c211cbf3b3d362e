// What the Booking.com extranet's guest reviews page
// (https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/reviews.html?hotel_id=…) looks
// like to Konuk, as data: a hotel's API can serve a newer pack without a new release. Each list
// is newest first.
// Source: public userscripts and scrapers of this page. Known: its address and the hotel_id / ses
// parameters; an older build's cards (.review-w-score-breakdown with the reservation number as
// an <a name>, the score in .bui-review-score__badge, the guest in .review-guest-name, the words
// in .review-block-content); that the page loads its reviews from the extranet's own
// /fresa/extranet/review/fetch_reviews (2026). GUESSED (2026-12, no 2026 page seen): every
// data-test-id below, the liked/disliked parts, the review's id attribute, the stay dates in the
// card, the reply's markup and the reply box. Replace with a pack from a real page when captured.
import type { z } from 'zod';
import { ReviewCardSelectors } from '../adapter-kit/review-card-selectors.ts';
import { ReservationPanelSelectors } from '../adapter-kit/reservation-panel-selectors.ts';

export const BookingReviewsSelectors = ReviewCardSelectors.extend({
  /** The reservation the card names (number, guest, arrival and departure). */
  reservation: ReservationPanelSelectors,
});
export type BookingReviewsSelectors = z.infer<typeof BookingReviewsSelectors>;

const RESERVATION_NUMBER = '\\d{8,12}';

export const BOOKING_REVIEWS_SELECTORS: BookingReviewsSelectors = BookingReviewsSelectors.parse({
  review: ['[data-test-id="review-card"]', '.review-w-score-breakdown'],
  reviewIdAttributes: ['data-review-id', 'data-review-url-id'],
  author: ['[data-test-id="review-guest-name"]', '.review-guest-name'],
  rating: ['[data-test-id="review-score"]', '.bui-review-score__badge'],
  ratingAttributes: ['aria-label'],
  ratingScale: 10,
  title: ['[data-test-id="review-title"]', '.review-block-content h3'],
  // One selector list: the liked and the disliked part, in page order.
  text: ['[data-test-id="review-positive"], [data-test-id="review-negative"]', '.review-block-content p'],
  written: ['[data-test-id="review-date"]', '.review-date'],
  stayMonth: [],
  ownerResponse: ['[data-test-id="review-reply"]', '.review-response'],
  ownerResponseText: ['[data-test-id="review-reply-text"]', 'p'],
  ownerResponseTime: ['[data-test-id="review-reply-date"]', 'time'],
  permalink: [],
  // The session (`ses`) is never kept.
  urlParams: ['hotel_id'],
  composer: [
    'textarea[data-test-id="review-reply-input"]',
    '[data-test-id="review-reply-form"] textarea',
    'textarea[name="reply"]',
  ],
  reservation: {
    panel: ['[data-test-id="review-reservation"]'],
    guestName: { selectors: [], labels: [] },
    reservationNumber: {
      selectors: ['[data-test-id="review-reservation-number"]', 'a[name]'],
      attributes: ['name'],
      labels: ['Booking number', 'Reservation number', 'Rezervasyon numarası', 'Buchungsnummer'],
      pattern: RESERVATION_NUMBER,
    },
    checkIn: {
      selectors: ['[data-test-id="review-checkin"] time'],
      attributes: ['datetime'],
      labels: ['Check-in', 'Arrival', 'Giriş', 'Anreise'],
    },
    checkOut: {
      selectors: ['[data-test-id="review-checkout"] time'],
      attributes: ['datetime'],
      labels: ['Check-out', 'Departure', 'Çıkış', 'Abreise'],
    },
  },
});
