import { defineContentScript } from 'wxt/utils/define-content-script';
import { tripadvisorReviewsPlatform } from '../content-scripts/tripadvisor-reviews/platform.ts';
import { createTripadvisorReviewsAdapter } from '../content-scripts/tripadvisor-reviews/tripadvisor-reviews-adapter.ts';
import { startPlatform } from '../content-scripts/start-platform.ts';

export default defineContentScript({
  matches: [...tripadvisorReviewsPlatform.matches],
  runAt: 'document_idle',
  main: (ctx) => startPlatform(tripadvisorReviewsPlatform, createTripadvisorReviewsAdapter, ctx),
});
