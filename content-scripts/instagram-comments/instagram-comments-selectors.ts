// What the comments under a hotel's Instagram post or reel (https://www.instagram.com/p/<code>/,
// /reel/<code>/) look like to Konuk, as data: a hotel's API can serve a newer pack without a new
// release. Each list is newest first.
// Source: what public descriptions and scrapers show of the post page: each comment a list item
// with the author's profile link in an h3, the text in a span[dir=auto], and a time element
// (datetime attribute) inside the comment's permalink /p/<code>/c/<comment id>/; replies in a
// nested list under their comment; "Add a comment…" as the reply box's label. GUESSED (2026-12, no
// real page captured): the class names (_a9z*, from older builds), the thread wrapper, and that
// the post owner's header link names the hotel's account. Replace with a pack from a real page.
import { z } from 'zod';
import { SelectorList } from '../platform-adapter.ts';

export const InstagramCommentsSelectors = z.object({
  /** Capture group 1 is the post's shortcode. */
  postPathPatterns: z.array(z.string().min(1)).min(1),
  /** The hotel's own account: the post header's profile link. */
  postOwner: SelectorList,
  /** A top-level comment with its replies: one conversation. */
  thread: SelectorList,
  comment: SelectorList,
  author: SelectorList,
  text: SelectorList,
  /** The comment's own link; capture group 1 of commentIdPattern is its id. */
  permalink: SelectorList,
  commentIdPattern: z.string().min(1),
  time: SelectorList,
  timeAttributes: z.array(z.string().min(1)),
  composer: SelectorList,
});
export type InstagramCommentsSelectors = z.infer<typeof InstagramCommentsSelectors>;

export const INSTAGRAM_COMMENTS_SELECTORS: InstagramCommentsSelectors = InstagramCommentsSelectors.parse({
  postPathPatterns: ['^/(?:p|reel|reels|tv)/([A-Za-z0-9_-]+)'],
  postOwner: ['article header a[href^="/"][role="link"]', 'header a[href^="/"]'],
  thread: ['ul._a9z6 > div[role="button"]', 'ul > div[role="button"]'],
  comment: ['li._a9zj', 'ul li[role="menuitem"]'],
  author: ['h3 a[href^="/"]', 'a[href^="/"][role="link"]'],
  text: ['._a9zs span[dir="auto"]', 'span[dir="auto"]'],
  permalink: ['a[href*="/c/"]'],
  commentIdPattern: '/c/(\\d+)',
  time: ['time[datetime]', 'time'],
  timeAttributes: ['datetime'],
  composer: [
    'textarea[aria-label="Add a comment…"]',
    'textarea[aria-label="Yorum ekle..."]',
    'article form textarea',
  ],
});
