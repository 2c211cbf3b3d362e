import { defineContentScript } from 'wxt/utils/define-content-script';
import { holidaycheckReviewsPlatform } from '../content-scripts/holidaycheck-reviews/platform.ts';
import { createHolidaycheckReviewsAdapter } from '../content-scripts/holidaycheck-reviews/holidaycheck-reviews-adapter.ts';
import { startPlatform } from '../content-scripts/start-platform.ts';

export default defineContentScript({
  matches: [...holidaycheckReviewsPlatform.matches],
  runAt: 'document_idle',
  main: (ctx) => startPlatform(holidaycheckReviewsPlatform, createHolidaycheckReviewsAdapter, ctx),
});
