// What the Google Business Profile reviews page a hotel manager replies from
// (https://business.google.com/reviews/…) looks like to Konuk, as data: a hotel's API can serve a
// newer pack without a new release. Each list is newest first.
// Source: what public descriptions and scrapers show of Google's review cards (a card per review
// carrying data-review-id, the reviewer's name, a star rating read out as "1 star" / "5 stars" in
// an aria-label, a relative date, the text, and "Response from the owner" under it). GUESSED
// (2026-12, no real page seen): that the manager's reviews page uses those same cards and class
// names, and the reply box's label. Replace with a pack from a real page when one is captured.
import { z } from 'zod';
import { SelectorList } from '../platform-adapter.ts';

const Names = z.array(z.string().min(1));

export const GoogleReviewsSelectors = z.object({
  /** One review card each; the owner's response is read from inside it. */
  review: SelectorList,
  reviewIdAttributes: Names,
  author: SelectorList,
  /** The element whose attribute reads the rating out ("1 star", "4 stars", "Rated 4.0 out of 5"). */
  rating: SelectorList,
  ratingAttributes: Names,
  /** The scale when the read-out names none. */
  ratingScale: z.union([z.literal(5), z.literal(10)]),
  /** The review's own text (not the owner's response). */
  text: SelectorList,
  /** "2 weeks ago", "Nov 9, 2026", "3 gün önce". */
  time: SelectorList,
  /** The owner's response inside a card, its text and its date. */
  ownerResponse: Names,
  ownerResponseText: Names,
  ownerResponseTime: Names,
  /** A link to the review itself, where the card has one. */
  permalink: Names,
  composer: SelectorList,
});
export type GoogleReviewsSelectors = z.infer<typeof GoogleReviewsSelectors>;

export const GOOGLE_REVIEWS_SELECTORS: GoogleReviewsSelectors = GoogleReviewsSelectors.parse({
  review: ['div[data-review-id][aria-label]', 'div[data-review-id]'],
  reviewIdAttributes: ['data-review-id'],
  author: ['.d4r55', 'button[data-href*="/contrib/"] div'],
  rating: ['span[role="img"].kvMYJc', 'span[role="img"][aria-label]'],
  ratingAttributes: ['aria-label'],
  ratingScale: 5,
  text: ['.MyEned .wiI7pd', '.MyEned'],
  time: ['.rsqaWe', '.DU9Pgb span'],
  ownerResponse: ['.CDe7pd'],
  ownerResponseText: ['.wiI7pd'],
  ownerResponseTime: ['.DZSIDd'],
  permalink: ['a[data-review-link]', 'a[href*="review"]'],
  composer: [
    'textarea[aria-label="Reply publicly"]',
    'textarea[aria-label="Reply"]',
    'textarea[aria-label*="reply" i]',
    'textarea[aria-label*="yanıt" i]',
  ],
});
