import { defineContentScript } from 'wxt/utils/define-content-script';
import { bookingReviewsPlatform } from '../content-scripts/booking-reviews/platform.ts';
import { createBookingReviewsAdapter } from '../content-scripts/booking-reviews/booking-reviews-adapter.ts';
import { startPlatform } from '../content-scripts/start-platform.ts';

export default defineContentScript({
  matches: [...bookingReviewsPlatform.matches],
  runAt: 'document_idle',
  main: (ctx) => startPlatform(bookingReviewsPlatform, createBookingReviewsAdapter, ctx),
});
