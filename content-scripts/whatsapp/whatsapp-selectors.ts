// WhatsApp Web's page structure as data (see shared PLATFORMS.md). Each chain lists the newest
// known selector first; older variants stay until no supported build uses them.
import { z } from 'zod';
import { SelectorList } from '../platform-adapter.ts';

export const WhatsappSelectors = z.object({
  /** One element per message: the node carrying the message's data-id. */
  message: SelectorList,
  /** The open conversation's panel; everything else is read relative to it. */
  panel: SelectorList,
  /** One row of the message list (a message, a date separator or a notice). */
  row: SelectorList,
  /** The chat's name (or phone for an unsaved contact) in the conversation header. */
  headerTitle: SelectorList,
  /** The text container carrying "[time, date] sender: ". */
  prePlainText: SelectorList,
  /** The message's own text (or a media caption), without quoted replies or the time. */
  text: SelectorList,
  /** Direction signals; each is a vote, and a disagreement resolves to inbound. */
  tailIn: SelectorList,
  tailOut: SelectorList,
  deliveryTicks: SelectorList,
  legacyIn: SelectorList,
  legacyOut: SelectorList,
  senderLabel: SelectorList,
  /** Accessible "You:" prefixes of the user's own messages, per UI language. */
  youLabels: z.array(z.string().min(1)).min(1),
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
    // 2024-2026: the chat name (or an unsaved contact's phone) is the first titled span.
    '#main header span[dir="auto"][title]',
    '#main header span[title]',
  ],
  prePlainText: [
    // Every known build: text messages only; media messages have none.
    '.copyable-text[data-pre-plain-text]',
    '[data-pre-plain-text]',
  ],
  text: [
    // 2024-2026: the selectable text span, for text messages and media captions alike.
    'span.selectable-text.copyable-text',
    // 2023 builds: text span marked only by dir.
    '.copyable-text span[dir="ltr"], .copyable-text span[dir="rtl"]',
  ],
  tailIn: [
    // Every known build: the bubble tail, first message of a run only.
    'span[data-icon="tail-in"]',
  ],
  tailOut: [
    // Every known build: the tail of the user's own bubble, first message of a run only.
    'span[data-icon="tail-out"]',
  ],
  deliveryTicks: [
    // Guess (not in PLATFORMS.md): sent/delivered/read/pending icons appear on own messages only.
    'span[data-icon="msg-dblcheck"]',
    'span[data-icon="msg-check"]',
    'span[data-icon="msg-time"]',
  ],
  legacyIn: [
    // Until 2025: bubble classes; gone in 2026 builds, kept while old builds roll out.
    '.message-in',
  ],
  legacyOut: [
    // Until 2025, like legacyIn.
    '.message-out',
  ],
  senderLabel: [
    // 2026: hidden accessible sender prefix ("You:" / "Siz:") before the text.
    'span[aria-label]',
  ],
  // 2026: the label WhatsApp reads out before the user's own messages, in each UI language.
  youLabels: ['You:', 'Siz:', 'Sie:', 'Du:', 'Вы:', 'Tú:', 'Vous :', 'Vous:', 'Tu:', 'أنت:'],
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
