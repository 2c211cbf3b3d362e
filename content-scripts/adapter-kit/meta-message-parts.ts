// What every Meta message layout (Instagram's and Messenger's grid, Messenger's 2026 log, the
// Business Suite message list) shares: the chat list that must never be read, how a message
// without text is named, profile handles, and the id derived when the page shows none.
import type { ExtractedMessage } from '../platform-adapter.ts';
import type { Channel } from '../../shared/taxonomy.ts';
import { mediaPlaceholder, type MessageKind } from '../../shared/message.ts';
import { MAX_NAME_CHARS, MAX_TEXT_CHARS } from '../../shared/limits.ts';
import { plainText } from '../plain-text.ts';
import { queryAllChain } from './selector-lists.ts';
import { contentHash } from './content-hash.ts';
import { mediaKind } from './meta-media.ts';
import type { MetaCommonSelectors } from './meta-selectors.ts';

export interface MetaConversation {
  channel: Channel;
  conversationId: string;
  conversationUrl?: string;
  /** Turns a profile link's href path into a handle ("/ana.guest/" -> "@ana.guest"). */
  handleFromPath(path: string): string | undefined;
}

export const clip = (text: string | undefined, max: number) => (text ? text.slice(0, max) : undefined);

/** Text compared as a reader sees it: runs of whitespace as one space. */
export const collapseSpaces = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether the element is inside (or is) anything the chain matches. */
export function insideAny(element: Element, chain: readonly string[]): boolean {
  return chain.some((selector) => element.closest(selector) !== null);
}

/**
 * A message's text blocks, outermost only, leaving out the sender heading and the avatar link
 * (whose image alt is the guest's name, not their words).
 */
export function textBlocks(
  root: Element,
  pack: { text: readonly string[]; senderHeading: readonly string[]; profileLink: readonly string[] },
): Element[] {
  const blocks = queryAllChain(root, pack.text).filter(
    (block) => !insideAny(block, pack.senderHeading) && !insideAny(block, pack.profileLink),
  );
  return blocks.filter((block) => !blocks.some((other) => other !== block && other.contains(block)));
}

/** Whether the element sits in the sidebar's chat list rather than in the open conversation. */
export function inChatList(element: Element, pack: MetaCommonSelectors): boolean {
  return insideAny(element, pack.chatList);
}

/** A conversation link outside the message's own text: the element is a chat-list entry. */
export function holdsConversationLink(
  element: Element,
  pack: MetaCommonSelectors,
  isText: (node: Element) => boolean,
): boolean {
  return pack.conversationLink.some((selector) =>
    Array.from(element.querySelectorAll(selector)).some((link) => !isText(link)),
  );
}

/** A cell whose only content is hover chrome (a "Details and actions" button), not a message. */
export function isActionCell(element: Element, pack: MetaCommonSelectors): boolean {
  if (pack.actionCell.length === 0) return false;
  const chrome = pack.actionCell.join(', ');
  if (!element.matches(chrome) && !element.querySelector(chrome)) return false;
  return element.matches(chrome) || plainText(element, { exclude: chrome }) === '';
}

export function handleOf(link: Element | null, conversation: MetaConversation): string | undefined {
  const href = link?.getAttribute('href');
  if (!href) return undefined;
  try {
    return conversation.handleFromPath(new URL(href, 'https://profile.invalid').pathname);
  } catch {
    return undefined;
  }
}

export interface MessageBody {
  text: string;
  kind?: Exclude<MessageKind, 'text'>;
}

/**
 * The text of a message, or for a photo, sticker, voice note or file its placeholder; null when
 * the element holds neither (still rendering). `fallback` is the element whose whole text counts
 * when no text block matched (Instagram's emoji-only bubble is a bare span).
 */
export function messageBody(
  text: string,
  root: Element,
  pack: MetaCommonSelectors,
  belongsToMessage: (element: Element) => boolean,
  fallback: Element | null,
): MessageBody | null {
  if (text) return { text };
  const kind = mediaKind(root, pack.media, belongsToMessage);
  if (kind) return { text: mediaPlaceholder(kind), kind };
  const whole = fallback ? plainText(fallback) : '';
  return whole ? { text: whole } : null;
}

/**
 * An id for a message the page gives none. Only what the message itself shows goes in: the
 * conversation, its printed time resolved to a moment, its sender when the message names it
 * (never a sender carried from a heading rows above, which scrolls away), its text, and how many
 * identical messages directly precede it (not its position in the thread, which shifts when
 * older history loads).
 */
export function derivedId(parts: {
  conversationId: string;
  time: string;
  sender?: string;
  text: string;
  repeat: number;
}): string {
  const key = [parts.conversationId, parts.time, parts.text, String(parts.repeat)];
  if (parts.sender !== undefined) key.splice(2, 0, parts.sender);
  return `derived:${contentHash(key)}`;
}

export function finishMessage(
  fields: Omit<ExtractedMessage, 'text' | 'kind' | 'senderName' | 'senderHandle' | 'conversationTitle'> & {
    body: MessageBody;
    senderName?: string;
    senderHandle?: string;
    conversationTitle?: string;
  },
): ExtractedMessage {
  const { body, senderName, senderHandle, conversationTitle, ...rest } = fields;
  const inbound = rest.direction === 'inbound';
  return {
    ...rest,
    senderName: inbound ? clip(senderName, MAX_NAME_CHARS) : undefined,
    senderHandle: inbound ? clip(senderHandle, MAX_NAME_CHARS) : undefined,
    text: body.text.slice(0, MAX_TEXT_CHARS),
    ...(body.kind ? { kind: body.kind } : {}),
    conversationTitle: clip(conversationTitle, MAX_NAME_CHARS),
  };
}
