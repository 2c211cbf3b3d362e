// What HolidayCheck's review management for hoteliers looks like to Konuk (German UI), as data:
// a hotel's API can serve a newer pack without a new release. Each list is newest first.
// Source: what maintained public scrapers read of HolidayCheck reviews (2025-2026): each review
// has an id (a UUID), a title and text, a rating on HolidayCheck's 6-sun scale, the author's first
// name with an age group, when and how the guest travelled ("Oktober 2026 • als Paar • 1
// Woche"), the day it was written, and the hotelier's comment (ownerComment: text and date).
// GUESSED (2026-12, no hotelier page seen): the hotelier pages' address, all markup below (class
// names and data attributes), the sun rating's read-out, the printed labels ("Bewertet am",
// "Kommentar des Hoteliers") and the comment box. Replace with a pack from a real page.
import { ReviewCardSelectors } from '../adapter-kit/review-card-selectors.ts';

export const HolidaycheckReviewsSelectors = ReviewCardSelectors;
export type HolidaycheckReviewsSelectors = ReviewCardSelectors;

export const HOLIDAYCHECK_REVIEWS_SELECTORS: HolidaycheckReviewsSelectors = ReviewCardSelectors.parse({
  review: ['article[data-review-id]', '[data-testid="hotel-review"][data-review-id]'],
  reviewIdAttributes: ['data-review-id'],
  reviewIdPattern: '/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})',
  author: ['[data-testid="review-author-name"]', '.review-author-name'],
  rating: ['[data-testid="review-rating"]', '.review-suns'],
  ratingAttributes: ['aria-label', 'title'],
  ratingScale: 6,
  title: ['[data-testid="review-title"]', 'h3'],
  text: ['[data-testid="review-text"]', '.review-text'],
  written: ['[data-testid="review-entry-date"]', '.review-entry-date'],
  stayMonth: ['[data-testid="review-travel-date"]', '.review-travel-info'],
  ownerResponse: ['[data-testid="hotelier-comment"]', '.hotelier-comment'],
  ownerResponseText: ['[data-testid="hotelier-comment-text"]', 'p'],
  ownerResponseTime: ['[data-testid="hotelier-comment-date"]', 'time'],
  permalink: ['a[data-testid="review-permalink"]', 'a[href*="/hrd/"]'],
  urlParams: ['hotelId', 'reviewId'],
  composer: [
    'textarea[data-testid="hotelier-comment-input"]',
    'textarea[aria-label*="Kommentar" i]',
    'textarea[aria-label*="comment" i]',
  ],
});
