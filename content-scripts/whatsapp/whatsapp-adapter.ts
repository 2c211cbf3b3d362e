// Reads WhatsApp Web messages. Selectors are data (whatsapp-selectors.ts); this file only
// decides what the page means: ids in both data-id forms, direction from several signals,
// time and sender from data-pre-plain-text, the chat from the header.
import type { Direction } from '../../shared/message.ts';
import type { ExtractedMessage, PlatformAdapter, ReadEnvironment } from '../platform-adapter.ts';
import { phoneHandle } from '../phone-handle.ts';
import { plainText } from '../plain-text.ts';
import { toIsoWithOffset } from '../page-time.ts';
import { anyOf, closestChain, queryChain } from '../selector-chain.ts';
import { jidPhone, parseDataId, type WhatsappDataId } from './whatsapp-data-id.ts';
import { dateOrderOf } from './whatsapp-date-order.ts';
import { mediaSentAt } from './whatsapp-media-time.ts';
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
    matches: ['https://web.whatsapp.com/*'],
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
  const title = header?.getAttribute(s.attributes.title)?.trim() || undefined;

  const order = dateOrderOf(panel, title ?? '', s, env.now);
  const preElement = queryChain(element, s.prePlainText, 'whatsapp.prePlainText', env);
  const pre = preElement
    ? parsePrePlainText(preElement.getAttribute(s.attributes.prePlainText) ?? '', order)
    : null;
  const sentAt = pre ? pre.sentAt : mediaSentAt(element, s, env.now, order);
  const direction = readDirection(element, id, s);
  const chat = readChat(id, title);
  if (!chat) return null;

  const textElement = queryChain(element, s.text, 'whatsapp.text', env);
  const senderName = pre?.sender || (direction === 'inbound' && !isGroup(id) ? title : undefined);
  return {
    channel: 'whatsapp',
    conversationId: chat.conversationId,
    platformMessageId: id.messageId,
    direction,
    ...(senderName ? { senderName } : {}),
    ...optional('senderHandle', direction === 'inbound' ? senderHandle(id, chat, pre?.sender) : undefined),
    sentAt: toIsoWithOffset(sentAt ?? env.now),
    text: textElement ? plainText(textElement) : '',
    ...optional('conversationTitle', title),
    conversationUrl: chat.phone ? `${BASE_URL}send?phone=${chat.phone.slice(1)}` : BASE_URL,
  };
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string };
}

function isGroup(id: WhatsappDataId): boolean {
  return id.form === 'legacy' && id.chatJid.endsWith('@g.us');
}

/**
 * Every signal votes; any inbound vote wins, because a guest message wrongly taken for the
 * hotel's own reply would never get a ticket. No signal at all also means inbound.
 */
function readDirection(element: Element, id: WhatsappDataId, s: WhatsappSelectors): Direction {
  const votes: Direction[] = [];
  if (id.form === 'legacy') votes.push(id.fromMe ? 'outbound' : 'inbound');
  if (element.querySelector(anyOf(s.tailIn))) votes.push('inbound');
  if (element.querySelector(anyOf(s.tailOut))) votes.push('outbound');
  if (element.querySelector(anyOf(s.legacyIn))) votes.push('inbound');
  if (element.querySelector(anyOf(s.legacyOut))) votes.push('outbound');
  if (element.querySelector(anyOf(s.deliveryTicks))) votes.push('outbound');
  const you = new Set(s.youLabels);
  for (const label of element.querySelectorAll(anyOf(s.senderLabel))) {
    if (you.has(label.getAttribute(s.attributes.label)?.trim() ?? '')) {
      votes.push('outbound');
      break;
    }
  }
  return votes.length > 0 && votes.every((vote) => vote === 'outbound') ? 'outbound' : 'inbound';
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

function senderHandle(id: WhatsappDataId, chat: Chat, preSender: string | undefined): string | undefined {
  if (id.form === 'legacy' && id.participantJid) return jidPhone(id.participantJid);
  const fromPre = phoneHandle(preSender);
  if (fromPre) return fromPre;
  // In a group the sender differs from the chat; the chat's phone is then not theirs.
  const sameAsChat = !preSender || preSender === chat.title || isPersonalLegacy(id);
  return sameAsChat ? chat.phone : undefined;
}

function isPersonalLegacy(id: WhatsappDataId): boolean {
  return id.form === 'legacy' && !id.chatJid.endsWith('@g.us');
}
