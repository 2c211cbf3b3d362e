// What Messenger (https://www.messenger.com/t/<id>, https://www.facebook.com/messages/t/<id>)
// looks like to Konuk, as data: a hotel's API can serve a newer pack without a new release.
// Each list is newest first. Source: ../shared/PLATFORMS.md, "Messenger" (medium confidence,
// late 2026); the profile link is a guess borrowed from Instagram's grid.
import { z } from 'zod';
import { SelectorList } from '../platform-adapter.ts';
import { MetaGridSelectors } from '../adapter-kit/meta-message-grid.ts';

export const MessengerSelectors = MetaGridSelectors.extend({
  /** Capture group 1 is the thread id. */
  threadIdPatterns: z.array(z.string().min(1)).min(1),
  composer: SelectorList,
});
export type MessengerSelectors = z.infer<typeof MessengerSelectors>;

export const MESSENGER_SELECTORS: MessengerSelectors = MessengerSelectors.parse({
  // messenger.com, then facebook.com; "e2ee" threads are the end-to-end encrypted default since 2024.
  threadIdPatterns: ['^/(?:messages/)?e2ee/t/([^/]+)', '^/(?:messages/)?t/([^/]+)'],
  // 2026-11: the thread's grid, labelled with the other person's name or the group's title.
  grid: ['div[role="grid"][aria-label^="Messages in conversation"]', 'div[role="grid"][aria-label]'],
  gridTitleAttribute: 'aria-label',
  gridTitlePrefixes: ['Messages in conversation with ', 'Messages in conversation titled '],
  row: ['div[role="row"]'],
  messageCell: [
    'div[role="gridcell"][data-scope="messages_table"]',
    'div[role="row"] > div[role="gridcell"]',
  ],
  // No message id is exposed: ids are derived from thread, printed time and text.
  messageId: [],
  messageIdAttributes: [],
  messageIdPrefixes: [],
  // 2026-11: "You sent" or the sender's name, first message of a run only.
  senderHeading: ['h5 > span', 'h5'],
  outboundHeadings: ['You sent'],
  text: ['div[dir="auto"]', 'span[dir="auto"]'],
  // 2026-11: the hover tooltip on each message; aria-label carries the full date.
  messageTime: ['span[data-tooltip-content][aria-label]', '[data-tooltip-content]'],
  messageTimeAttributes: ['aria-label', 'data-tooltip-content'],
  dateBreak: ['div[data-scope="date_break"]'],
  profileLink: ['a[aria-label^="Open the profile page of"]'],
  composer: [
    'div[role="textbox"][contenteditable="true"][aria-label="Message"]',
    'div[role="textbox"][contenteditable="true"]',
  ],
});

export const BusinessSuiteSelectors = MetaGridSelectors.extend({
  /** URL parameters naming the selected conversation, first present wins. */
  conversationIdParams: z.array(z.string().min(1)).min(1),
  threadTypeParam: z.string().min(1),
  /** Thread types that are Instagram Direct conversations (the rest are Messenger). */
  instagramThreadTypes: z.array(z.string()),
  /** Thread types that are public comments: not read here (they get the public-reply flow). */
  commentThreadTypes: z.array(z.string()),
  /** URL parameters kept in the conversation URL (the rest may be tracking). */
  urlParams: z.array(z.string()),
  composer: SelectorList,
});
export type BusinessSuiteSelectors = z.infer<typeof BusinessSuiteSelectors>;

// Meta Business Suite inbox (https://business.facebook.com/latest/inbox/...): a guess. Its
// message pane is assumed to be Messenger's grid; the composer is a Lexical editor, with the older
// "Reply in Messenger…" textarea as fallback.
export const BUSINESS_SUITE_SELECTORS: BusinessSuiteSelectors = BusinessSuiteSelectors.parse({
  ...MESSENGER_SELECTORS,
  conversationIdParams: ['selected_item_id'],
  threadTypeParam: 'thread_type',
  instagramThreadTypes: ['IG_MESSAGE'],
  commentThreadTypes: ['FB_COMMENT', 'IG_COMMENT', 'FB_POST', 'IG_POST'],
  urlParams: ['asset_id', 'business_id', 'mailbox_id', 'selected_item_id', 'thread_type'],
  composer: [
    'div[role="textbox"][contenteditable="true"][aria-label^="Reply in"]',
    'textarea[placeholder^="Reply in"]',
    'div[role="textbox"][contenteditable="true"]',
    'textarea',
  ],
});
