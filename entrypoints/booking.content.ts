import { defineContentScript } from 'wxt/utils/define-content-script';
import { bookingAdapter, createBookingAdapter } from '../content-scripts/booking/booking-adapter.ts';
import { BookingSelectors } from '../content-scripts/booking/booking-selectors.ts';
import { packSupport } from '../content-scripts/selector-packs.ts';
import { startCapture } from '../content-scripts/capture-controller.ts';

export default defineContentScript({
  matches: ['https://admin.booking.com/hotel/hoteladmin/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCapture(bookingAdapter, ctx, packSupport(BookingSelectors, createBookingAdapter));
  },
});
