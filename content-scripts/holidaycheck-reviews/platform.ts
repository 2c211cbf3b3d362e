// holidaycheck-reviews: its page description; one line in content-scripts/platforms.ts registers it.
import { definePlatform } from '../platform-definition.ts';
import {
  HOLIDAYCHECK_REVIEWS_SELECTORS,
  HolidaycheckReviewsSelectors,
} from './holidaycheck-reviews-selectors.ts';

export const holidaycheckReviewsPlatform = definePlatform({
  id: 'holidaycheck-reviews',
  channel: 'holidaycheck',
  // GUESSED (2026-12): the hotelier portal's host and its review pages' paths; only those pages.
  matches: ['https://hotelier.holidaycheck.com/bewertungen*', 'https://hotelier.holidaycheck.com/reviews*'],
  selectors: HolidaycheckReviewsSelectors,
  builtIn: HOLIDAYCHECK_REVIEWS_SELECTORS,
  loadAdapter: async () =>
    (await import('./holidaycheck-reviews-adapter.ts')).createHolidaycheckReviewsAdapter,
  fixtures: 'holidaycheck-reviews',
});
