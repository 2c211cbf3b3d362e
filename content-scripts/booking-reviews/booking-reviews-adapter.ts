// Booking.com guest reviews read in the extranet: a review is a public contact with the guest's
// name, the score out of 10, the day it was written, and the reservation it belongs to (number
// and stay dates), which is how the guest's later Booking.com message finds it. The property's
// reply is the hotel's public answer. The reading itself is the review-card reader.
import type { PlatformAdapter } from '../platform-adapter.ts';
import { createReviewCardAdapter } from '../adapter-kit/review-cards.ts';
import { readReservationPanel } from '../adapter-kit/reservation-panel.ts';
import { BOOKING_REVIEWS_SELECTORS, type BookingReviewsSelectors } from './booking-reviews-selectors.ts';

export function createBookingReviewsAdapter(
  pack: BookingReviewsSelectors = BOOKING_REVIEWS_SELECTORS,
): PlatformAdapter {
  return createReviewCardAdapter(
    {
      id: 'booking-reviews',
      channel: 'booking',
      publicSource: 'booking_review',
      // Booking.com prints the booker's own name.
      authorIsGuestName: true,
      cardFacts: (card, now) => {
        const { reservationNumber, stay } = readReservationPanel(card, pack.reservation, now);
        return { ...(reservationNumber ? { reservationNumber } : {}), ...(stay ? { stay } : {}) };
      },
    },
    pack,
  );
}

export const bookingReviewsAdapter = createBookingReviewsAdapter();
