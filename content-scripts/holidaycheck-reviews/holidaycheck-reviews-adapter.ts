// HolidayCheck reviews read in the hotelier's pages (German-speaking guests): a review is a
// public contact with the author's first name, 1-6 suns, the day it was written and the month
// of the stay; the hotelier's comment is the hotel's public reply. The reading itself is the
// review-card reader.
import type { PlatformAdapter } from '../platform-adapter.ts';
import { createReviewCardAdapter } from '../adapter-kit/review-cards.ts';
import {
  HOLIDAYCHECK_REVIEWS_SELECTORS,
  type HolidaycheckReviewsSelectors,
} from './holidaycheck-reviews-selectors.ts';

export function createHolidaycheckReviewsAdapter(
  pack: HolidaycheckReviewsSelectors = HOLIDAYCHECK_REVIEWS_SELECTORS,
): PlatformAdapter {
  return createReviewCardAdapter(
    {
      id: 'holidaycheck-reviews',
      channel: 'holidaycheck',
      publicSource: 'holidaycheck_review',
      // A first name ("Sabine") is the guest's, but never enough to tell guests apart.
      authorIsGuestName: true,
    },
    pack,
  );
}

export const holidaycheckReviewsAdapter = createHolidaycheckReviewsAdapter();
