// booking-reviews: its page description; one line in content-scripts/platforms.ts registers it.
import { definePlatform } from '../platform-definition.ts';
import { BOOKING_REVIEWS_SELECTORS, BookingReviewsSelectors } from './booking-reviews-selectors.ts';

export const bookingReviewsPlatform = definePlatform({
  id: 'booking-reviews',
  channel: 'booking',
  // The guest reviews page only (its address is known from public userscripts).
  matches: ['https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/reviews.html*'],
  selectors: BookingReviewsSelectors,
  builtIn: BOOKING_REVIEWS_SELECTORS,
  loadAdapter: async () => (await import('./booking-reviews-adapter.ts')).createBookingReviewsAdapter,
  fixtures: 'booking-reviews',
});
