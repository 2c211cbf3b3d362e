import { defineContentScript } from 'wxt/utils/define-content-script';
import { googleReviewsPlatform } from '../content-scripts/google-reviews/platform.ts';
import { createGoogleReviewsAdapter } from '../content-scripts/google-reviews/google-reviews-adapter.ts';
import { startPlatform } from '../content-scripts/start-platform.ts';

export default defineContentScript({
  matches: [...googleReviewsPlatform.matches],
  runAt: 'document_idle',
  main: (ctx) => startPlatform(googleReviewsPlatform, createGoogleReviewsAdapter, ctx),
});
