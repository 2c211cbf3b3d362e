// What TripAdvisor's owner pages look like to Konuk (the Management Center's reviews and the
// "respond to reviews" page, https://www.tripadvisor.com/ManagementCenter… and
// /OwnerResponse-d<location id>), as data: a hotel's API can serve a newer pack without a new
// release. Each list is newest first.
// Source: what maintained public scrapers read of TripAdvisor's review cards on the public hotel
// page (2022-2025): data-reviewid on the card, data-test-target="review-title" whose link is the
// review's permalink /ShowUserReviews-g…-d…-r<review id>-…, the reviewer's /Profile/ link, the
// bubble rating as an svg whose <title> reads "4.0 of 5 bubbles" (older: span.ui_bubble_rating
// bubble_40), "Date of stay: October 2026", "Written November 14, 2026", and the management
// response under "Response from …" with "Responded …". GUESSED (2026-12, no owner page seen):
// that the owner pages use the same cards, every data-test-target name not listed above, and the
// response box's name and label. Replace with a pack from a real page when one is captured.
import { ReviewCardSelectors } from '../adapter-kit/review-card-selectors.ts';

export const TripadvisorReviewsSelectors = ReviewCardSelectors;
export type TripadvisorReviewsSelectors = ReviewCardSelectors;

export const TRIPADVISOR_REVIEWS_SELECTORS: TripadvisorReviewsSelectors = ReviewCardSelectors.parse({
  review: ['div[data-test-target="owner-review-card"][data-reviewid]', 'div[data-reviewid]'],
  reviewIdAttributes: ['data-reviewid'],
  reviewIdPattern: '-r(\\d+)-',
  author: ['a[href^="/Profile/"]', '.ui_header_link'],
  rating: [
    '[data-test-target="review-rating"] svg title',
    'svg[aria-label*="bubble"]',
    'span.ui_bubble_rating',
  ],
  ratingAttributes: ['aria-label'],
  ratingClassPattern: 'bubble_(\\d{2})',
  ratingScale: 5,
  title: ['[data-test-target="review-title"]'],
  text: ['[data-test-target="review-body"]', 'q.QewHA', '.partial_entry'],
  written: ['[data-test-target="review-written-date"]', '.ratingDate'],
  stayMonth: ['[data-test-target="review-date-of-stay"]', 'span.teHYY'],
  ownerResponse: ['[data-test-target="management-response"]', '.mgrRspnInline'],
  ownerResponseText: ['[data-test-target="management-response-text"]', '.partial_entry'],
  ownerResponseTime: ['[data-test-target="management-response-date"]', '.responseDate'],
  permalink: ['[data-test-target="review-title"] a[href*="ShowUserReviews-"]', 'a[href*="ShowUserReviews-"]'],
  urlParams: ['businessId', 'reviewId'],
  composer: [
    'textarea[data-test-target="owner-response-input"]',
    'textarea[name="response"]',
    'textarea[aria-label*="response" i]',
    'textarea[aria-label*="yanıt" i]',
  ],
});
