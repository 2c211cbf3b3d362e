// Gmail's thread view as data (see shared PLATFORMS.md). Newest selector first in each chain.
// Fields added after packs were first published have defaults, so an older pack still fits.
import { z } from 'zod';
import { SelectorList } from '../platform-adapter.ts';

const LIST_ITEM = [
  // 2018-2026: one message of the thread, collapsed (.kv) or expanded (.h7).
  '[role="listitem"]',
  '.kv, .h7',
];

export const GmailSelectors = z.object({
  /** One element per message, expanded or collapsed. */
  message: SelectorList,
  /** The thread view a message belongs to; Gmail keeps earlier views hidden in the page. */
  threadView: SelectorList,
  threadHeading: SelectorList,
  /** Marks a collapsed message (on the message or its list item). */
  collapsed: SelectorList,
  /** The thread's list entry holding one message, whichever way it is shown. */
  listItem: SelectorList.default(LIST_ITEM),
  sender: SelectorList,
  time: SelectorList,
  body: SelectorList,
  /** What a collapsed message shows instead of its body. */
  snippet: SelectorList,
  /** Quoted history Gmail itself hides behind "…"; the earlier messages are captured on their own. */
  quotedHistory: SelectorList,
  badgeAnchor: SelectorList,
  /** The account switcher, whose label holds the signed-in address. */
  account: SelectorList,
  composer: SelectorList,
  attributes: z.object({
    threadId: z.string().min(1),
    threadPermId: z.string().min(1),
    messageId: z.string().min(1),
    messagePermId: z.string().min(1),
    email: z.string().min(1),
    name: z.string().min(1),
    time: z.string().min(1),
    label: z.string().min(1),
  }),
});
export type GmailSelectors = z.infer<typeof GmailSelectors>;

export const GMAIL_SELECTORS: GmailSelectors = GmailSelectors.parse({
  message: [
    // 2018-2026: the message container with both id attributes.
    'div.adn.ads[data-legacy-message-id]',
    // 2026 guess: if the legacy id goes, the permanent id stays.
    'div.adn[data-message-id]',
    // 2019-2026 (real capture 2019-12): a collapsed message, with no message id anywhere.
    'div.kv div.adf.ads',
    '[role="listitem"] div.adf.ads',
  ],
  threadView: [
    // 2018-2026: the main region holding one thread view.
    'div[role="main"]',
  ],
  threadHeading: [
    // 2018-2026: the subject heading with the legacy (hex) thread id.
    'h2.hP[data-legacy-thread-id]',
    'h2[data-legacy-thread-id]',
    // 2026 guess: permanent id only ("thread-f:<decimal>").
    '[data-thread-perm-id]',
  ],
  collapsed: [
    // 2018-2026: collapsed messages' list item.
    '.kv',
    // 2019-2026: the collapsed message container itself.
    '.adf.ads',
  ],
  listItem: LIST_ITEM,
  sender: [
    // 2018-2026: sender chip with the address and display name.
    'span.gD[email]',
    'span[email][name]',
    // Guess: a chip that names its address only through the hover card.
    'span.gD[data-hovercard-id*="@"]',
  ],
  time: [
    // 2018-2026: the full date is the title of the header's time cell (.gH), collapsed or not.
    '.gH .g3[title]',
    '.gK .g3[title]',
    '.g3[title]',
  ],
  body: [
    // 2018-2026: the message body.
    'div.a3s',
    'div.ii.gt',
  ],
  snippet: [
    // 2018-2026: one-line preview of a collapsed message.
    '.iA.g6',
    'span.y2',
  ],
  quotedHistory: [
    // 2018-2026: the quoted earlier mail Gmail collapses behind "…".
    '.gmail_quote',
  ],
  badgeAnchor: [
    // 2018-2026: the sender/time header block of the message.
    '.gE.iv.gt',
    '.gE',
  ],
  account: [
    // 2020-2026: Google bar account button, aria-label "Google Account: Name (address)".
    'a[href*="SignOutOptions"][aria-label*="@"]',
    'header [aria-label*="@"]',
  ],
  composer: [
    // 2018-2026: the reply body editor (aria-label is localised, so not used).
    'div[contenteditable="true"][role="textbox"][g_editable="true"]',
    'div[contenteditable="true"][role="textbox"]',
  ],
  attributes: {
    threadId: 'data-legacy-thread-id',
    threadPermId: 'data-thread-perm-id',
    messageId: 'data-legacy-message-id',
    messagePermId: 'data-message-id',
    email: 'email',
    name: 'name',
    time: 'title',
    label: 'aria-label',
  },
});
