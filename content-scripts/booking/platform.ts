// booking: its page description; one line in content-scripts/platforms.ts registers it.
import { definePlatform } from '../platform-definition.ts';
import { BOOKING_SELECTORS, BookingSelectors } from './booking-selectors.ts';

export const bookingPlatform = definePlatform({
  id: 'booking',
  channel: 'booking',
  matches: ['https://admin.booking.com/hotel/hoteladmin/*'],
  selectors: BookingSelectors,
  builtIn: BOOKING_SELECTORS,
  loadAdapter: async () => (await import('./booking-adapter.ts')).createBookingAdapter,
  fixtures: 'booking',
});
