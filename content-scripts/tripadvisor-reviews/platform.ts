// tripadvisor-reviews: its page description; one line in content-scripts/platforms.ts registers it.
import { definePlatform } from '../platform-definition.ts';
import {
  TRIPADVISOR_REVIEWS_SELECTORS,
  TripadvisorReviewsSelectors,
} from './tripadvisor-reviews-selectors.ts';

// Only the owner's review pages, on the sites a hotel on the Turkish coast signs in to. The
// Management Center's path is known from public links; that it serves its reviews under the same
// path, not another page, is a guess (2026-12).
const SITES = [
  'www.tripadvisor.com',
  'www.tripadvisor.co.uk',
  'www.tripadvisor.de',
  'www.tripadvisor.com.tr',
];

export const tripadvisorReviewsPlatform = definePlatform({
  id: 'tripadvisor-reviews',
  channel: 'tripadvisor',
  matches: SITES.flatMap((site) => [`https://${site}/ManagementCenter*`, `https://${site}/OwnerResponse*`]),
  selectors: TripadvisorReviewsSelectors,
  builtIn: TRIPADVISOR_REVIEWS_SELECTORS,
  loadAdapter: async () => (await import('./tripadvisor-reviews-adapter.ts')).createTripadvisorReviewsAdapter,
  fixtures: 'tripadvisor-reviews',
});
