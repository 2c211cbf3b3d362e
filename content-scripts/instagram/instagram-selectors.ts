// What the Instagram Direct page (https://www.instagram.com/direct/t/<threadId>/) looks like to
// Konuk, as data: a hotel's API can serve a newer pack without a new release. Each list is
// newest first. Source: ../shared/PLATFORMS.md, "Instagram DMs" (medium confidence, late 2026).
import { z } from 'zod';
import { SelectorList } from '../platform-adapter.ts';
import { MetaGridSelectors } from '../adapter-kit/meta-selectors.ts';
import {
  META_COMMON_SELECTORS,
  META_HEADING_PATTERNS,
  META_MEDIA_SELECTORS,
} from '../adapter-kit/meta-default-selectors.ts';

export const InstagramSelectors = MetaGridSelectors.extend({
  /** Capture group 1 is the thread id. */
  threadIdPatterns: z.array(z.string().min(1)).min(1),
  composer: SelectorList,
});
export type InstagramSelectors = z.infer<typeof InstagramSelectors>;

export const INSTAGRAM_SELECTORS: InstagramSelectors = InstagramSelectors.parse({
  threadIdPatterns: ['^/direct/t/([^/]+)'],
  // 2026-11: the thread's grid, labelled with the other person's name.
  grid: ['div[role="grid"][aria-label^="Messages in conversation with"]', 'div[role="grid"][aria-label]'],
  gridTitleAttribute: 'aria-label',
  gridTitlePrefixes: ['Messages in conversation with '],
  row: ['div[role="row"]'],
  // 2026-11: one gridcell per message row; older builds had no data-scope on it. The 2025-08
  // capture wraps the message cell in a plain div inside its row (its direct child gridcell is
  // the hover chrome), hence the descendant form last.
  messageCell: [
    'div[role="gridcell"][data-scope="messages_table"]',
    'div[role="row"] > div[role="gridcell"]',
    'div[role="row"] div[role="gridcell"]',
  ],
  messageId: ['div[id^="mid.$"]'],
  messageIdAttributes: ['id'],
  messageIdPrefixes: ['mid.$'],
  // 2026-11: "You sent" or the sender's name, first message of a run only. Seen 2025-08 (real
  // capture): "You replied to …", "慧 詩 replied to you", and "Edited" alone (names nobody).
  senderHeading: ['h6'],
  ...META_HEADING_PATTERNS,
  text: ['div[id^="mid.$"] div[dir="auto"]', 'div[id^="mid.$"] span[dir="auto"]', 'span[dir="auto"]'],
  messageTime: [],
  messageTimeAttributes: ['aria-label'],
  // Instagram prints times as bare text rows; no marker is known.
  dateBreak: [],
  // 2026-11: the avatar next to the other person's messages.
  profileLink: ['a[aria-label^="Open the profile page of"]'],
  // Seen 2025-08 (real capture): each row's second gridcell is the hover "Details and actions"
  // button, text "Enter". The sidebar's thread list is never read.
  ...META_COMMON_SELECTORS,
  media: META_MEDIA_SELECTORS,
  composer: [
    'div[role="textbox"][contenteditable="true"][aria-label="Message"]',
    'div[role="textbox"][contenteditable="true"]',
  ],
});
