// TripAdvisor reviews read in the owner's pages: a review is a public contact with the
// reviewer's username, 1-5 bubbles, the day it was written and the month of the stay; the
// management response is the hotel's public reply. The reading itself is the review-card reader.
import type { PlatformAdapter } from '../platform-adapter.ts';
import { createReviewCardAdapter } from '../adapter-kit/review-cards.ts';
import {
  TRIPADVISOR_REVIEWS_SELECTORS,
  type TripadvisorReviewsSelectors,
} from './tripadvisor-reviews-selectors.ts';

export function createTripadvisorReviewsAdapter(
  pack: TripadvisorReviewsSelectors = TRIPADVISOR_REVIEWS_SELECTORS,
): PlatformAdapter {
  return createReviewCardAdapter(
    {
      id: 'tripadvisor-reviews',
      channel: 'tripadvisor',
      publicSource: 'tripadvisor_review',
      // A TripAdvisor username ("MarkusW1985") is not the guest's name.
      authorIsGuestName: false,
    },
    pack,
  );
}

export const tripadvisorReviewsAdapter = createTripadvisorReviewsAdapter();
