// What Messenger (https://www.messenger.com/t/<id>, https://www.facebook.com/messages/t/<id>)
// looks like to Konuk, as data: a hotel's API can serve a newer pack without a new release.
// Each list is newest first. Source: ../shared/PLATFORMS.md, "Messenger" (medium confidence,
// late 2026) and ../shared/real-pages/README.md; the profile link is a guess borrowed from
// Instagram's grid. Two layouts are live at once while Meta rolls out the 2026 thread view, so a
// pack carries both: `log` (2026) is tried first, the grid stays for the older build.
import { z } from 'zod';
import { SelectorList } from '../platform-adapter.ts';
import { MetaGridSelectors, MetaListSelectors } from '../adapter-kit/meta-selectors.ts';
import {
  META_COMMON_SELECTORS,
  META_HEADING_PATTERNS,
  META_LABEL_PATTERNS,
  META_MEDIA_SELECTORS,
} from '../adapter-kit/meta-default-selectors.ts';

export const MessengerSelectors = MetaGridSelectors.extend({
  /** Capture group 1 is the thread id. */
  threadIdPatterns: z.array(z.string().min(1)).min(1),
  /** The 2026 thread view. */
  log: MetaListSelectors,
  composer: SelectorList,
});

const SHARED = { ...META_HEADING_PATTERNS, ...META_COMMON_SELECTORS, media: META_MEDIA_SELECTORS };

/** Time tooltips and date separators as Messenger prints them in either layout. */
const MESSENGER_TIMES = {
  messageTime: ['span[data-tooltip-content][aria-label]', '[data-tooltip-content]', 'time[datetime]'],
  messageTimeAttributes: ['aria-label', 'data-tooltip-content', 'datetime'],
};

// 2026 (several public sources, none captured here): div[role="log"], each message
// div[data-message-id][aria-roledescription="message"] with "At 16:15, Name: text" in aria-label.
const MESSENGER_LOG: MetaListSelectors = MetaListSelectors.parse({
  container: ['div[role="log"]', '[role="log"]'],
  message: [
    'div[data-message-id][aria-roledescription="message"]',
    '[data-message-id]',
    '[aria-roledescription="message"]',
  ],
  messageIdAttributes: ['data-message-id'],
  labelAttributes: ['aria-label'],
  ...META_LABEL_PATTERNS,
  titleAttributes: ['aria-label'],
  titlePrefixes: ['Messages in conversation with ', 'Messages in conversation titled ', 'Conversation with '],
  title: ['[role="main"] h2 span[dir="auto"]', '[role="main"] h2', '[role="main"] h1'],
  text: ['div[dir="auto"]', 'span[dir="auto"]'],
  senderHeading: ['h5', 'h6'],
  ...MESSENGER_TIMES,
  dateBreak: ['[data-scope="date_break"]', '[role="separator"]', 'h4'],
  profileLink: ['a[aria-label^="Open the profile page of"]'],
  ...SHARED,
});
export type MessengerSelectors = z.infer<typeof MessengerSelectors>;

export const MESSENGER_SELECTORS: MessengerSelectors = MessengerSelectors.parse({
  // messenger.com, then facebook.com; "e2ee" threads are the end-to-end encrypted default since 2024.
  threadIdPatterns: ['^/(?:messages/)?e2ee/t/([^/]+)', '^/(?:messages/)?t/([^/]+)'],
  // 2026-11: the thread's grid, labelled with the other person's name or the group's title.
  grid: ['div[role="grid"][aria-label^="Messages in conversation"]', 'div[role="grid"][aria-label]'],
  gridTitleAttribute: 'aria-label',
  gridTitlePrefixes: [
    'Messages in conversation with ',
    'Messages in conversation titled ',
    // Seen in a real capture (Vietnamese UI, about 2021).
    'Tin nhắn trong cuộc trò chuyện với ',
  ],
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
  text: ['div[dir="auto"]', 'span[dir="auto"]'],
  // 2026-11: the hover tooltip on each message; aria-label carries the full date.
  ...MESSENGER_TIMES,
  dateBreak: ['div[data-scope="date_break"]'],
  profileLink: ['a[aria-label^="Open the profile page of"]'],
  ...SHARED,
  log: MESSENGER_LOG,
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
  /** The 2026 inbox's message list. */
  list: MetaListSelectors,
  composer: SelectorList,
});
export type BusinessSuiteSelectors = z.infer<typeof BusinessSuiteSelectors>;

// Meta Business Suite inbox (https://business.facebook.com/latest/inbox/...). 2026 (public
// sources, none captured here): the message pane is a role="region" "Message list container"
// whose messages carry data-message-id; it is not the Messenger grid. Whether its messages have
// Messenger's aria-labels is unknown, so headings, avatars and time tooltips are read too. The
// grid stays for the 2026-11 build. The composer is a Lexical editor, with the older
// "Reply in Messenger…" textarea as fallback.
const { log: _log, threadIdPatterns: _paths, ...MESSENGER_GRID } = MESSENGER_SELECTORS;

const BUSINESS_SUITE_LIST: MetaListSelectors = MetaListSelectors.parse({
  ...MESSENGER_LOG,
  container: [
    '[role="region"][aria-label="Message list container"]',
    '[role="region"][aria-label*="message list" i]',
    '[role="log"]',
  ],
  message: [
    '[data-message-id][aria-roledescription="message"]',
    '[data-message-id]',
    '[aria-roledescription="message"]',
  ],
  title: ['[role="main"] [role="heading"]', '[role="main"] h2', '[role="main"] h1'],
  senderHeading: ['h5', 'h6', '[data-testid="message-sender"]'],
});

export const BUSINESS_SUITE_SELECTORS: BusinessSuiteSelectors = BusinessSuiteSelectors.parse({
  ...MESSENGER_GRID,
  list: BUSINESS_SUITE_LIST,
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
