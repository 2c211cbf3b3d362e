// Meta's 2026 message lists: Messenger's thread view (div[role="log"]) and the Business Suite
// inbox ("Message list container" region). There are no rows or gridcells: each message is one
// element with a data-message-id, and Messenger names its time and sender only in the element's
// aria-label ("At 16:15, Ana: text", ./meta-aria-label.ts). Structure (headings, avatars, time
// tooltips, separators) is read too, for builds whose labels say less.
import type { ExtractedMessage, ReadEnvironment } from '../platform-adapter.ts';
import type { Direction } from '../../shared/message.ts';
import { closestChain, queryChain } from '../selector-chain.ts';
import { plainText } from '../plain-text.ts';
import { parseClock, toIsoWithOffset } from '../page-time.ts';
import { firstAttribute } from './selector-lists.ts';
import { parsePageTime } from './printed-date.ts';
import { headingMeaning, isContextLabel } from './meta-headings.ts';
import { isOutboundSender, parseMessageLabel } from './meta-aria-label.ts';
import type { MetaListSelectors } from './meta-selectors.ts';
import {
  collapseSpaces,
  derivedId,
  finishMessage,
  handleOf,
  inChatList,
  insideAny,
  messageBody,
  textBlocks,
  type MetaConversation,
} from './meta-message-parts.ts';

/** The conversation's message list, never a list in the sidebar. */
export function findMessageList(
  document: Document,
  pack: MetaListSelectors,
  env?: ReadEnvironment,
): Element | null {
  for (const [index, selector] of pack.container.entries()) {
    const found = Array.from(document.querySelectorAll(selector)).find((c) => !inChatList(c, pack));
    if (found) {
      if (index > 0) env?.reportFallback?.(`container[${index}]`);
      return found;
    }
  }
  return null;
}

function listTitle(container: Element, pack: MetaListSelectors): string | undefined {
  const label = firstAttribute(container, pack.titleAttributes);
  const prefix = label ? pack.titlePrefixes.find((p) => label.startsWith(p)) : undefined;
  if (label && prefix) return label.slice(prefix.length).trim() || undefined;
  const heading = pack.title.length > 0 ? queryChain(container.ownerDocument, pack.title, 'title') : null;
  return (heading && plainText(heading)) || undefined;
}

/**
 * The outermost message around an element within the list (every selector of the chain counts:
 * a photo without a data-message-id is still a message); a quoted original nested in a reply
 * is part of the reply.
 */
function outermostMessage(element: Element, container: Element, selector: string): Element {
  let outer = element;
  for (let up = element.parentElement?.closest(selector); up && container.contains(up);) {
    outer = up;
    up = up.parentElement?.closest(selector);
  }
  return outer;
}

/** The message just before this one in the list, found by walking back, not by listing all. */
function previousMessage(message: Element, container: Element, pack: MetaListSelectors): Element | null {
  const found = latestBefore(message, container, pack.message);
  return found ? outermostMessage(found, container, pack.message.join(', ')) : null;
}

/**
 * The bubble's own text keeps its line breaks, which an aria-label flattens; where the label
 * has text that the bubble's blocks do not show as such (a quoted reply inside), the label wins.
 */
function chooseText(blocks: string[], labelText: string | undefined): string {
  const joined = blocks.join('\n');
  if (!labelText) return joined;
  const wanted = collapseSpaces(labelText);
  const candidates = [joined, ...blocks];
  const exact = candidates.find((candidate) => collapseSpaces(candidate) === wanted);
  if (exact) return exact;
  // A long text's label may be cut short with an ellipsis: the bubble has the whole of it.
  const cut = wanted.replace(/\s*(?:…|\.\.\.)$/u, '');
  const whole =
    cut.length >= 10 ? candidates.find((candidate) => collapseSpaces(candidate).startsWith(cut)) : undefined;
  return whole ?? labelText;
}

/**
 * The element's own attribute, else one on the message inside it or around it: builds differ
 * on whether the id and the label sit on the same element.
 */
function attributeNear(
  element: Element,
  names: readonly string[],
  pack: MetaListSelectors,
): string | undefined {
  const own = firstAttribute(element, names);
  if (own) return own;
  const selector = pack.message.join(', ');
  for (const inner of element.querySelectorAll(selector)) {
    const value = firstAttribute(inner, names);
    if (value) return value;
  }
  const outer = element.parentElement?.closest(selector);
  return outer ? firstAttribute(outer, names) : undefined;
}

/** Walks back from a message, nearest first, for the latest element before it matching `chain`. */
function latestBefore(message: Element, container: Element, chain: readonly string[]): Element | null {
  if (chain.length === 0) return null;
  const selector = chain.join(', ');
  for (let node: Element | null = message; node && node !== container; node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling.matches(selector)) return sibling;
      const inside = sibling.querySelectorAll(selector);
      if (inside.length > 0) return inside[inside.length - 1]!;
    }
  }
  return null;
}

const CLOCK = /\b\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?/giu;

/** Whether a printed time names its day too ("Monday 16:15", "Nov 21, 2026, 8:31 PM"). */
function namesDay(time: string): boolean {
  return time.replace(CLOCK, '').replace(/[^\p{L}\d]/gu, '').length > 0;
}

/**
 * A label that prints only a clock ("At 16:15") is dated by the separator above it, or else
 * today; a clock later than now is yesterday's, as a message cannot come from the future.
 */
function sentAtOf(printed: string | undefined, separator: string | undefined, now: Date): Date | null {
  if (!printed) return parsePageTime(separator, now);
  const time = printed.replace(/\b(\d{1,2})h(\d{2})\b/giu, '$1:$2');
  const clock = parseClock(time);
  if (!clock || namesDay(time.replace(/^(?:at|um|à|a las|alle|às|om|saat|в|lúc)\s+/iu, ''))) {
    return parsePageTime(time, now);
  }
  if (separator) {
    const dated = parsePageTime(`${separator.replace(CLOCK, ' ')} ${time}`, now);
    if (dated) return dated;
  }
  const today = parsePageTime(time, now);
  if (today && today.getTime() > now.getTime() + 60_000) {
    return new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1, clock.hour, clock.minute);
  }
  return today;
}

/**
 * The time part of a derived id: a moment when the page names the day, else the clock as
 * printed, since "today" moves and a separator may have scrolled away.
 */
function timeKey(printed: string | undefined, sentAt: Date): string {
  if (!printed) return '';
  return namesDay(printed) ? sentAt.toISOString() : printed;
}

interface Sender {
  direction: Direction;
  name?: string;
}

/** Label first; then a heading in or above the message; then the avatar. Disagreement: inbound. */
function senderOf(
  message: Element,
  container: Element,
  labelSender: string | undefined,
  pack: MetaListSelectors,
): Sender {
  const avatar = pack.profileLink.length > 0 && queryChain(message, pack.profileLink, '') !== null;
  const fromWords = (words: string): Sender | undefined => {
    if (isOutboundSender(words, pack)) return { direction: 'outbound' };
    const meaning = headingMeaning(words, pack);
    if (meaning.kind === 'outbound') return { direction: 'outbound' };
    if (meaning.kind === 'inbound') return { direction: 'inbound', name: meaning.name };
    return undefined;
  };
  const heading =
    (pack.senderHeading.length > 0 ? queryChain(message, pack.senderHeading, '') : null) ??
    latestBefore(message, container, pack.senderHeading);
  const said =
    (labelSender ? fromWords(labelSender) : undefined) ??
    (heading ? fromWords(plainText(heading)) : undefined);
  if (!said) return { direction: 'inbound' };
  if (said.direction === 'outbound' && avatar) return { direction: 'inbound' };
  return said;
}

export function readListMessage(
  element: Element,
  env: ReadEnvironment,
  pack: MetaListSelectors,
  conversation: MetaConversation,
): ExtractedMessage | null {
  const container = closestChain(element, pack.container, 'container', env);
  if (!container || inChatList(container, pack) || inChatList(element, pack)) return null;
  // A message nested in another (a quoted original) is read with the outer one.
  if (outermostMessage(element, container, pack.message.join(', ')) !== element) return null;
  const selectorIndex = pack.message.findIndex((selector) => element.matches(selector));
  if (selectorIndex > 0) env.reportFallback?.(`message[${selectorIndex}]`);

  const blocks = textBlocks(element, pack);
  const domText = blocks.map((block) => plainText(block)).join('\n');
  const label = parseMessageLabel(
    attributeNear(element, pack.labelAttributes, pack),
    pack,
    domText.trim() || undefined,
  );
  const isText = (node: Element) => blocks.some((block) => block.contains(node));
  const texts = blocks.map((block) => plainText(block)).filter(Boolean);
  const ownTexts = texts.filter((text) => !isContextLabel(text, pack));
  const shown = ownTexts.length > 0 ? ownTexts : texts;
  // No text in the bubble: a photo or sticker is named by its kind before the label's words.
  const body =
    messageBody(
      shown.length > 0 ? chooseText(shown, label.text) : '',
      element,
      pack,
      (node) => !isText(node) && !insideAny(node, pack.profileLink) && !insideAny(node, pack.senderHeading),
      null,
    ) ?? (label.text ? { text: label.text } : null);
  if (!body) return null;

  const sender = senderOf(element, container, label.sender, pack);
  const ownTime = pack.messageTime.length > 0 ? queryChain(element, pack.messageTime, 'messageTime') : null;
  const ownTimeText = ownTime
    ? (firstAttribute(ownTime, pack.messageTimeAttributes) ?? plainText(ownTime))
    : undefined;
  const separator = latestBefore(element, container, pack.dateBreak);
  const separatorText = separator ? plainText(separator) : undefined;
  const sentAt =
    sentAtOf(label.time, separatorText, env.now) ?? sentAtOf(ownTimeText, separatorText, env.now) ?? env.now;
  const id = attributeNear(element, pack.messageIdAttributes, pack);
  const title = listTitle(container, pack);

  return finishMessage({
    channel: conversation.channel,
    conversationId: conversation.conversationId,
    platformMessageId:
      id ??
      derivedId({
        conversationId: conversation.conversationId,
        time: timeKey(label.time ?? ownTimeText, sentAt),
        sender: label.sender ?? '',
        text: body.text,
        repeat: repeatsBefore(element, container, pack),
      }),
    direction: sender.direction,
    senderName: sender.name ?? title,
    senderHandle: handleOf(
      pack.profileLink.length > 0
        ? (queryChain(element, pack.profileLink, 'profileLink', env) ??
            queryChain(container, pack.profileLink, 'profileLink'))
        : null,
      conversation,
    ),
    sentAt: toIsoWithOffset(sentAt),
    body,
    conversationTitle: title,
    conversationUrl: conversation.conversationUrl,
  });
}

/** How many messages directly before this one carry the very same label and text. */
function repeatsBefore(message: Element, container: Element, pack: MetaListSelectors): number {
  const identity = (m: Element) => `${firstAttribute(m, pack.labelAttributes) ?? ''}\u0000${plainText(m)}`;
  const own = identity(message);
  let count = 0;
  for (let m = previousMessage(message, container, pack); m && identity(m) === own;) {
    count += 1;
    m = previousMessage(m, container, pack);
  }
  return count;
}

/**
 * Whether an element lies in, or holds, a message of a list: then the list reader reads it,
 * and another layout's selector matching inside it must not read it a second time.
 */
export function belongsToList(element: Element, pack: MetaListSelectors): boolean {
  const selector = pack.message.join(', ');
  const message = element.closest(selector) ?? element.querySelector(selector);
  return message !== null && closestChain(message, pack.container, '') !== null;
}
