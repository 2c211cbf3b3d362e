// Reads WhatsApp Web messages. Selectors are data (whatsapp-selectors.ts); this file only
// decides what the page means: ids in both data-id forms, direction from several signals
// (whatsapp-direction.ts), time and sender from data-pre-plain-text or a group's author line,
// the chat from the header, media as their kind with a placeholder (whatsapp-media.ts).
import { mediaPlaceholder } from '../../shared/message.ts';
import type { ExtractedMessage, PlatformAdapter, ReadEnvironment } from '../platform-adapter.ts';
import { phoneHandle } from '../phone-handle.ts';
import { plainText } from '../plain-text.ts';
import { toIsoWithOffset } from '../page-time.ts';
import { anyOf, closestChain, queryChain } from '../selector-chain.ts';
import { jidPhone, parseDataId, type WhatsappDataId } from './whatsapp-data-id.ts';
import { groupAuthor } from './whatsapp-author.ts';
import { chatFactsOf } from './whatsapp-chat-facts.ts';
import { dateOrderOf } from './whatsapp-date-order.ts';
import { readDirection } from './whatsapp-direction.ts';
import { readMediaKind } from './whatsapp-media.ts';
import { CLOCK_ONLY, mediaSentAt } from './whatsapp-media-time.ts';
import { parsePrePlainText } from './whatsapp-pre-plain-text.ts';
import { WHATSAPP_SELECTORS as S, type WhatsappSelectors } from './whatsapp-selectors.ts';

const BASE_URL = 'https://web.whatsapp.com/';
const MESSAGE = anyOf(S.message);

interface Chat {
  conversationId: string;
  title?: string;
  /** The chat partner's phone, for personal chats whose phone the page reveals. */
  phone?: string;
}

export function createWhatsappAdapter(selectors: WhatsappSelectors = S): PlatformAdapter {
  const message = selectors === S ? MESSAGE : anyOf(selectors.message);
  return {
    id: 'whatsapp',
    channel: 'whatsapp',
    messageSelector: message,
    readMessage: (element, env) => {
      try {
        return readMessage(element, env, selectors, message);
      } catch {
        return null;
      }
    },
    badgeAnchor: (element) => element,
    findComposer: (document) =>
      queryChain(document, selectors.composer, 'whatsapp.composer') as HTMLElement | null,
    isConversationOpen: (document) =>
      queryChain(document, selectors.headerTitle, 'whatsapp.headerTitle') !== null,
  };
}

export const whatsappAdapter = createWhatsappAdapter();

function readMessage(
  element: Element,
  env: ReadEnvironment,
  s: WhatsappSelectors,
  messageSelector: string,
): ExtractedMessage | null {
  // A quoted message inside another message is not a message of its own.
  if (element.parentElement?.closest(messageSelector)) return null;
  const id = parseDataId(element.getAttribute(s.attributes.messageId));
  if (!id) return null;
  const panel = closestChain(element, s.panel, 'whatsapp.panel', env);
  const header = panel ? queryChain(panel, s.headerTitle, 'whatsapp.headerTitle', env) : null;
  const title = header ? chatTitle(header, s) : undefined;

  const order = dateOrderOf(panel, title ?? '', s, env.now);
  const preElement = queryChain(element, s.prePlainText, 'whatsapp.prePlainText', env);
  const pre = preElement
    ? parsePrePlainText(preElement.getAttribute(s.attributes.prePlainText) ?? '', order)
    : null;
  const sentAt = pre ? pre.sentAt : mediaSentAt(element, s, env.now, order);
  const facts = chatFactsOf(panel, title ?? '', s, env.now);
  const direction = readDirection({ element, id, preSender: pre?.sender, ownNames: facts.ownNames }, s);
  const chat = readChat(id, title);
  if (!chat) return null;
  const group = isGroup(id) || facts.hasAuthors;

  const textElement = ownText(element, s, env);
  const text = textElement ? plainText(textElement, { keepLineBreaks: true }) : '';
  const kind = readMediaKind(element, textElement, preElement !== null, s);
  // A notice with an id ("Ana added Pedro", a missed call) has no text, stamp or time of a message.
  if (kind === 'other' && !sentAt && !showsClock(element)) return null;
  const author = direction === 'inbound' && group ? groupAuthor(element, s) : undefined;
  const senderName = pre?.sender || author || (direction === 'inbound' && !group ? title : undefined);
  return {
    channel: 'whatsapp',
    conversationId: chat.conversationId,
    platformMessageId: id.messageId,
    direction,
    ...(senderName ? { senderName } : {}),
    ...optional(
      'senderHandle',
      direction === 'inbound' ? senderHandle(id, chat, senderName, group) : undefined,
    ),
    sentAt: toIsoWithOffset(sentAt ?? env.now),
    text: kind ? mediaPlaceholder(kind, text) : text,
    ...(kind ? { kind } : {}),
    ...optional('conversationTitle', title),
    conversationUrl: chat.phone ? `${BASE_URL}send?phone=${chat.phone.slice(1)}` : BASE_URL,
  };
}

/** The title attribute when the header has one; since 2026 sometimes only the span's text. */
function chatTitle(header: Element, s: WhatsappSelectors): string | undefined {
  const titled = header.hasAttribute(s.attributes.title)
    ? header
    : header.querySelector(`span[dir="auto"][${s.attributes.title}]`);
  const fromAttribute = titled?.getAttribute(s.attributes.title)?.trim();
  if (fromAttribute) return fromAttribute;
  const named = header.querySelector('span[dir="auto"]') ?? header;
  return plainText(named).replace(/\s+/g, ' ').trim() || undefined;
}

/** The message's own text: not the text of a message it quotes. */
function ownText(element: Element, s: WhatsappSelectors, env: ReadEnvironment): Element | null {
  const quoted = anyOf(s.quoted);
  const first = queryChain(element, s.text, 'whatsapp.text', env);
  if (!first || !first.closest(quoted)) return first;
  return [...element.querySelectorAll(anyOf(s.text))].find((candidate) => !candidate.closest(quoted)) ?? null;
}

function showsClock(element: Element): boolean {
  return [...element.querySelectorAll('span')].some((span) => CLOCK_ONLY.test(span.textContent ?? ''));
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string };
}

function isGroup(id: WhatsappDataId): boolean {
  return id.form === 'legacy' && id.chatJid.endsWith('@g.us');
}

/** Legacy ids carry the chat; bare ids leave only the header (a phone when the contact is unsaved). */
function readChat(id: WhatsappDataId, title: string | undefined): Chat | null {
  if (id.form === 'legacy') {
    return {
      conversationId: id.chatJid,
      ...optional('title', title),
      ...optional('phone', jidPhone(id.chatJid)),
    };
  }
  if (!title) return null;
  const phone = phoneHandle(title);
  return phone
    ? { conversationId: `${phone.slice(1)}@c.us`, title, phone }
    : { conversationId: `name:${title}`, title };
}

function senderHandle(
  id: WhatsappDataId,
  chat: Chat,
  senderName: string | undefined,
  group: boolean,
): string | undefined {
  if (id.form === 'legacy' && id.participantJid) return jidPhone(id.participantJid);
  const fromName = phoneHandle(senderName);
  if (fromName) return fromName;
  // In a group the sender differs from the chat; the chat's phone is then not theirs.
  if (group) return undefined;
  const sameAsChat = !senderName || senderName === chat.title || isPersonalLegacy(id);
  return sameAsChat ? chat.phone : undefined;
}

function isPersonalLegacy(id: WhatsappDataId): boolean {
  return id.form === 'legacy' && !id.chatJid.endsWith('@g.us');
}
