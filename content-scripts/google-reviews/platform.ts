// google-reviews: its page description; one line in content-scripts/platforms.ts registers it.
import { definePlatform } from '../platform-definition.ts';
import { GOOGLE_REVIEWS_SELECTORS, GoogleReviewsSelectors } from './google-reviews-selectors.ts';

export const googleReviewsPlatform = definePlatform({
  id: 'google-reviews',
  channel: 'google',
  matches: ['https://business.google.com/*'],
  selectors: GoogleReviewsSelectors,
  builtIn: GOOGLE_REVIEWS_SELECTORS,
  loadAdapter: async () => (await import('./google-reviews-adapter.ts')).createGoogleReviewsAdapter,
  fixtures: 'google-reviews',
});
