import { defineContentScript } from 'wxt/utils/define-content-script';
import { bookingPlatform } from '../content-scripts/booking/platform.ts';
import { createBookingAdapter } from '../content-scripts/booking/booking-adapter.ts';
import { startPlatform } from '../content-scripts/start-platform.ts';

export default defineContentScript({
  matches: [...bookingPlatform.matches],
  runAt: 'document_idle',
  main: (ctx) => startPlatform(bookingPlatform, createBookingAdapter, ctx),
});
