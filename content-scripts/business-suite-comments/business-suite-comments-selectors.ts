// What the comments view of the Meta Business Suite inbox
// (https://business.facebook.com/latest/inbox/…?selected_item_id=…&thread_type=FB_COMMENT) looks
// like to Konuk, as data: a hotel's API can serve a newer pack without a new release. Each list
// is newest first. Facebook Page comments and Instagram comments share the view.
// Source: public automation scripts of this inbox (2025-2026) open it at /latest/inbox/{all,
// facebook,instagram} with asset_id, mailbox_id and selected_item_id, and show "Facebook
// comments" / "Instagram comments" tabs where each post with comments is one item; comments carry
// the author's name, the text, compact ages ("2d", "3w") and Like / Reply actions. Facebook's own
// comment markup, read by maintained scrapers, is role="article" labelled "Comment by <name>"
// or "Reply by <name> to <name>'s comment", with the comment's permalink (comment_id=…) on its
// age. GUESSED (2026-12, no inbox page seen): that the inbox renders comments that way, the
// thread_type values, the list roles around threads, where the full date sits (a title) and
// the reply box's label. Replace with a pack from a real page when one is captured.
import { z } from 'zod';
import { SelectorList } from '../platform-adapter.ts';

const Names = z.array(z.string().min(1));

export const BusinessSuiteCommentsSelectors = z.object({
  /** URL parameters naming the selected post or comment thread, first present wins. */
  selectedItemParams: Names.min(1),
  threadTypeParam: z.string().min(1),
  /** Thread types of Facebook Page comments and of Instagram comments. */
  facebookCommentTypes: Names,
  instagramCommentTypes: Names,
  /** URL parameters kept in the conversation URL (the rest may be tracking). */
  urlParams: Names,
  /** The post the comments are under, and its author: the hotel's own Page or account. */
  post: SelectorList,
  postAuthorLink: SelectorList,
  /** A top-level comment with its replies: one conversation. */
  thread: SelectorList,
  comment: SelectorList,
  commentIdAttributes: Names,
  /** The comment's own link; capture group 1 of the first matching pattern is its id. */
  permalink: SelectorList,
  commentIdPatterns: Names.min(1),
  authorLink: SelectorList,
  text: SelectorList,
  /** The comment's age; its attributes carry the full date ("Friday, November 20, 2026 at 6:03 PM"). */
  time: SelectorList,
  timeAttributes: Names,
  composer: SelectorList,
});
export type BusinessSuiteCommentsSelectors = z.infer<typeof BusinessSuiteCommentsSelectors>;

export const BUSINESS_SUITE_COMMENTS_SELECTORS: BusinessSuiteCommentsSelectors =
  BusinessSuiteCommentsSelectors.parse({
    selectedItemParams: ['selected_item_id'],
    threadTypeParam: 'thread_type',
    facebookCommentTypes: ['FB_COMMENT', 'FB_POST'],
    instagramCommentTypes: ['IG_COMMENT', 'IG_POST'],
    urlParams: ['asset_id', 'business_id', 'mailbox_id', 'selected_item_id', 'thread_type'],
    post: [
      '[role="main"] [data-testid="post-preview"]',
      '[role="main"] [role="article"][aria-label^="Post"]',
    ],
    postAuthorLink: ['a[data-testid="post-author"]', 'h2 a[role="link"]', 'a[role="link"]'],
    thread: ['[role="list"][aria-label="Comments"] > [role="listitem"]', '[role="list"] > [role="listitem"]'],
    comment: ['[role="article"][aria-label^="Comment by"]', '[role="article"][aria-label^="Reply by"]'],
    commentIdAttributes: ['data-comment-id'],
    permalink: ['a[href*="comment_id="]', 'a[href*="/c/"]'],
    // A reply's link names its parent's comment_id too: the reply's own id comes first.
    commentIdPatterns: ['[?&]reply_comment_id=([^&#]+)', '[?&]comment_id=([^&#]+)', '/c/(\\d+)'],
    authorLink: [
      'a[role="link"][href*="facebook.com/"]:not([href*="comment_id="])',
      'a[role="link"][href*="instagram.com/"]:not([href*="/c/"])',
    ],
    text: ['div[dir="auto"]', 'span[dir="auto"]'],
    time: ['a[href*="comment_id="] [title]', 'a[href*="/c/"] [title]', 'abbr[title]'],
    timeAttributes: ['title', 'aria-label'],
    composer: [
      'div[role="textbox"][contenteditable="true"][aria-label^="Reply"]',
      'textarea[placeholder^="Reply"]',
      'div[role="textbox"][contenteditable="true"][aria-label*="comment" i]',
    ],
  });
