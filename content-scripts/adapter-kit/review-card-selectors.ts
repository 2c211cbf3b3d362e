// The shape of a review site's owner page as selector-pack data (issue 11): one card per review
// with its author, rating, title, text, the day it was written and the stay it tells of, and the
// owner's response inside it. Apart from the code that reads it (review-cards.ts), so the
// background can check packs without loading page code. Each site's folder holds its own pack.
import { z } from 'zod';
import { SelectorList } from '../platform-adapter.ts';

const Names = z.array(z.string().min(1));

export const ReviewCardSelectors = z.object({
  /** One card per review; the owner's response is read from inside it. */
  review: SelectorList,
  /** Attributes naming the review, first present wins... */
  reviewIdAttributes: Names,
  /** ...else capture group 1 of this pattern on the permalink's href. */
  reviewIdPattern: z.string().min(1).optional(),
  author: SelectorList,
  /** The element that reads the rating out ("1.0 of 5 bubbles", "2,0 von 6 Sonnen", "4.0"). */
  rating: Names,
  /** Attributes read before the element's text. */
  ratingAttributes: Names,
  /** Capture group 1 of this pattern on the rating's class is the rating in tenths (bubble_45). */
  ratingClassPattern: z.string().min(1).optional(),
  /** The site's one scale: 5 bubbles, 6 suns, a score out of 10. */
  ratingScale: z.union([z.literal(5), z.literal(6), z.literal(10)]),
  /** The review's title, when the site has one: it opens the text. */
  title: Names,
  /** The review's own words (every part the first matching selector finds, in page order). */
  text: SelectorList,
  /** The day it was written ("Written November 14, 2026", "Bewertet am 12.11.2026"). */
  written: Names,
  /** The month of the stay, when the site names only that ("Date of stay: October 2026"). */
  stayMonth: Names,
  ownerResponse: Names,
  ownerResponseText: Names,
  ownerResponseTime: Names,
  /** The review's own link; the page's address otherwise. */
  permalink: Names,
  /** URL parameters kept in the conversation URL (never a session). */
  urlParams: Names,
  composer: SelectorList,
});
export type ReviewCardSelectors = z.infer<typeof ReviewCardSelectors>;
