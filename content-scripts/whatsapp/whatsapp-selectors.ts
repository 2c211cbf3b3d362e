// WhatsApp Web's page structure as data (see shared PLATFORMS.md). Each chain lists the newest
// known selector first; older variants stay until no supported build uses them. Fields added
// after packs were first published have defaults, so an older pack still fits.
import { z } from 'zod';
import { SelectorList } from '../platform-adapter.ts';
import { RegexSource } from './regex-source.ts';
import { WHATSAPP_MEDIA, WhatsappMediaSelectors } from './whatsapp-media-selectors.ts';
import { DELIVERY_LABELS, YOU_LABELS } from './whatsapp-ui-words.ts';

const AUTHOR = [
  // 2026: bare-id group messages name their author in a test-id span.
  'span[data-testid="author"]',
  // 2024-2025: the author line above a group message's text.
  '[data-testid="msg-author"]',
];

const DELIVERY_ICONS = {
  // 2026 (real capture 2026-08-26): span[aria-label=" Entregado "] > svg > title "wds-ic-read".
  titles: ['[data-testid="msg-meta"] svg > title', 'span[aria-label] > svg > title'],
  // Status icons only: a star, pin or edit mark can sit beside the time of a guest's message too.
  names: [
    '^wds-ic-(?:msg-)?(?:dbl|double-?)?check',
    '^wds-ic-(?:msg-)?(?:read|delivered|sent|pending)(?:-|$)',
    '^wds-ic-(?:msg-)?(?:time|clock)(?:-|$)',
    '^wds-ic-status-(?:read|delivered|sent|pending)',
  ],
};

const QUOTED = [
  // 2024-2026: a reply's quoted message (test id, then the readout label).
  '[data-testid="quoted-message"]',
  '[aria-label="Quoted message"]',
];

export const WhatsappSelectors = z.object({
  /** One element per message: the node carrying the message's data-id. */
  message: SelectorList,
  /** The open conversation's panel; everything else is read relative to it. */
  panel: SelectorList,
  /** One row of the message list (a message, a date separator or a notice). */
  row: SelectorList,
  /** The chat's name (or phone for an unsaved contact) in the conversation header. */
  headerTitle: SelectorList,
  /** The author of a group message (first message of a run; others' messages only). */
  author: SelectorList.default(AUTHOR),
  /** The text container carrying "[time, date] sender: ". */
  prePlainText: SelectorList,
  /** The message's own text (or a media caption), without quoted replies or the time. */
  text: SelectorList,
  /** Direction signals; each is a vote, and a disagreement resolves to inbound. */
  tailIn: SelectorList,
  tailOut: SelectorList,
  deliveryTicks: SelectorList,
  /** 2026 status icons: an svg whose <title> names the icon; only status names count as ticks. */
  deliveryIcons: z
    .object({ titles: SelectorList, names: z.array(RegexSource).min(1) })
    .default(DELIVERY_ICONS),
  /** The status read out with a tick ("Read", "Entregado"), per UI language; a tick without an icon. */
  deliveryLabels: z.array(z.string().min(1)).min(1).default(DELIVERY_LABELS),
  legacyIn: SelectorList,
  legacyOut: SelectorList,
  senderLabel: SelectorList,
  /** Accessible "You:" prefixes of the user's own messages, per UI language. */
  youLabels: z.array(z.string().min(1)).min(1),
  /** What a message without text shows, per kind; tried sticker, voice, video, file, photo. */
  media: WhatsappMediaSelectors.default(WHATSAPP_MEDIA),
  /** Parts of a message that belong to another one (a quoted reply), never its own media or text. */
  quoted: SelectorList.default(QUOTED),
  composer: SelectorList,
  attributes: z.object({
    messageId: z.string().min(1),
    prePlainText: z.string().min(1),
    title: z.string().min(1),
    label: z.string().min(1),
  }),
});
export type WhatsappSelectors = z.infer<typeof WhatsappSelectors>;

export const WHATSAPP_SELECTORS: WhatsappSelectors = WhatsappSelectors.parse({
  message: [
    // 2026: rows of the message list panel, message node carries data-id + conv-msg test id.
    '#main [data-testid="conversation-panel-messages"] [role="row"] [data-id]',
    // 2024-2025: the list was only role=application, no panel test id.
    '#main [role="application"] [role="row"] [data-id]',
    // Any build: the conv-msg test id on the message node itself.
    '#main [data-id][data-testid^="conv-msg-"]',
  ],
  panel: [
    // Every known build: the right-hand conversation panel.
    '#main',
  ],
  row: [
    // Every known build: the message list's rows.
    '[role="row"]',
  ],
  headerTitle: [
    // 2026: the chat-title test id stays when the span loses its title attribute (then its text
    // is the name). Before the bare title spans: a group header's participant list is titled too.
    '#main header [data-testid="conversation-info-header-chat-title"]',
    // 2024-2026: the chat name (or an unsaved contact's phone) is the first titled span.
    '#main header span[dir="auto"][title]',
    '#main header span[title]',
    // Last resort when neither test id nor title is left: the header's first text span.
    '#main header span[dir="auto"]',
  ],
  author: AUTHOR,
  prePlainText: [
    // Every known build: text messages only; media messages have none.
    '.copyable-text[data-pre-plain-text]',
    '[data-pre-plain-text]',
  ],
  text: [
    // 2024-2026: the selectable text span, for text messages and media captions alike.
    'span.selectable-text.copyable-text',
    // 2026 (real capture): the same span also carries a test id; for builds that drop the classes.
    'span[data-testid="selectable-text"]',
    // 2023 builds: text span marked only by dir.
    '.copyable-text span[dir="ltr"], .copyable-text span[dir="rtl"]',
  ],
  tailIn: [
    // Every known build: the bubble tail, first message of a run only (2026: also a test id).
    '[data-icon="tail-in"]',
    '[data-testid="tail-in"]',
  ],
  tailOut: [
    // Every known build: the tail of the user's own bubble, first message of a run only.
    '[data-icon="tail-out"]',
    '[data-testid="tail-out"]',
  ],
  deliveryTicks: [
    // Until 2026: sent/delivered/read/pending icons appear on own messages only.
    '[data-icon="msg-dblcheck"]',
    '[data-icon="msg-check"]',
    '[data-icon="msg-time"]',
    '[data-icon="msg-dblcheck-ack"]',
    '[data-testid="msg-dblcheck"]',
    '[data-testid="msg-check"]',
    '[data-testid="msg-time"]',
  ],
  deliveryIcons: DELIVERY_ICONS,
  deliveryLabels: DELIVERY_LABELS,
  legacyIn: [
    // Until 2025: bubble classes; gone in 2026 builds, kept while old builds roll out.
    '.message-in',
  ],
  legacyOut: [
    // Until 2025, like legacyIn.
    '.message-out',
  ],
  senderLabel: [
    // 2025-2026: hidden accessible sender prefix ("You:" / "Tú:" / a guest's "Ana:") before the text.
    'span[aria-label]',
  ],
  youLabels: YOU_LABELS,
  media: WHATSAPP_MEDIA,
  quoted: QUOTED,
  composer: [
    // 2026: Lexical editor in the footer.
    '#main footer div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    // 2023-2025: the footer editor before Lexical attributes.
    '#main footer div[contenteditable="true"][role="textbox"]',
    'footer div[contenteditable="true"]',
  ],
  attributes: {
    messageId: 'data-id',
    prePlainText: 'data-pre-plain-text',
    title: 'title',
    label: 'aria-label',
  },
});
