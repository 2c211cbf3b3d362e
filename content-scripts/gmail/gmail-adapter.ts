// Reads Gmail thread messages. Selectors are data (gmail-selectors.ts); this file decides what
// they mean: thread and message ids (legacy hex ids, or the permanent ids converted to them; a
// collapsed message without either gets a derived one), direction from the sender's address vs
// the signed-in user's, and the body (or a collapsed message's snippet) as plain text.
import type { ExtractedMessage, PlatformAdapter, ReadEnvironment } from '../platform-adapter.ts';
import { plainText } from '../plain-text.ts';
import { toIsoWithOffset } from '../page-time.ts';
import { anyOf, closestChain, queryChain } from '../selector-chain.ts';
import { parseGmailDate } from './gmail-date.ts';
import { gmailDerivedId, instantMinute } from './gmail-derived-id.ts';
import { GMAIL_SELECTORS as S, type GmailSelectors } from './gmail-selectors.ts';

const EMAIL = /[^\s()<>,;:"]+@[^\s()<>,;:"]+\.[^\s()<>,;:"]+/;

export function createGmailAdapter(selectors: GmailSelectors = S): PlatformAdapter {
  const messageSelector = anyOf(selectors.message);
  return {
    id: 'gmail',
    channel: 'email',
    messageSelector,
    readMessage: (element, env) => {
      try {
        return readMessage(element, env, selectors, messageSelector);
      } catch {
        return null;
      }
    },
    badgeAnchor: (element) => queryChain(element, selectors.badgeAnchor, 'gmail.badgeAnchor') ?? element,
    findComposer: (document) =>
      queryChain(document, selectors.composer, 'gmail.composer') as HTMLElement | null,
    isConversationOpen: (document) =>
      queryChain(document, selectors.threadHeading, 'gmail.threadHeading') !== null,
  };
}

export const gmailAdapter = createGmailAdapter();

function readMessage(
  element: Element,
  env: ReadEnvironment,
  s: GmailSelectors,
  messageSelector: string,
): ExtractedMessage | null {
  const a = s.attributes;
  const view = closestChain(element, s.threadView, 'gmail.threadView', env);
  const heading = view ? queryChain(view, s.threadHeading, 'gmail.threadHeading', env) : null;
  const threadId = heading
    ? heading.getAttribute(a.threadId)?.trim() ||
      fromPermanentId(heading.getAttribute(a.threadPermId), 'thread-f:')
    : undefined;
  const sender = queryChain(element, s.sender, 'gmail.sender', env);
  if (!threadId || !sender) return null;

  const email = senderAddress(element, s) || undefined;
  const own = signedInAddress(env.document, s);
  const direction = own !== undefined && email === own ? 'outbound' : 'inbound';
  const senderName = sender.getAttribute(a.name)?.trim() || sender.textContent?.trim() || undefined;
  const timeTitle = sentTimeTitle(element, s, env);
  const sentAt = parseGmailDate(timeTitle);
  const messageId = platformId(element, s) ?? derivedId(element, view, s, messageSelector, sentAt);
  if (!messageId) return null;
  const subject = heading?.textContent?.trim() || undefined;
  return {
    channel: 'email',
    conversationId: threadId,
    platformMessageId: messageId,
    direction,
    ...(senderName ? { senderName } : {}),
    ...(email ? { senderHandle: email } : {}),
    sentAt: toIsoWithOffset(sentAt ?? env.now),
    text: readText(element, env, s),
    ...(subject ? { conversationTitle: subject } : {}),
    conversationUrl: `https://mail.google.com/mail/u/${accountIndex(env.location.pathname)}/#all/${threadId}`,
  };
}

function platformId(element: Element, s: GmailSelectors): string | undefined {
  return (
    element.getAttribute(s.attributes.messageId)?.trim() ||
    fromPermanentId(element.getAttribute(s.attributes.messagePermId), '#msg-f:')
  );
}

function sentTimeTitle(element: Element, s: GmailSelectors, env?: ReadEnvironment): string {
  return queryChain(element, s.time, 'gmail.time', env)?.getAttribute(s.attributes.time)?.trim() ?? '';
}

function nameOf(element: Element, s: GmailSelectors): string {
  return queryChain(element, s.sender, 'gmail.sender')?.getAttribute(s.attributes.name)?.trim() ?? '';
}

/** The sender's address: the chip's email, else its hover card when that names an address. */
function senderAddress(element: Element, s: GmailSelectors): string {
  const sender = queryChain(element, s.sender, 'gmail.sender');
  const hovercard = sender?.getAttribute('data-hovercard-id') ?? '';
  const address = sender?.getAttribute(s.attributes.email) || (EMAIL.test(hovercard) ? hovercard : '');
  return address.trim().toLowerCase();
}

/**
 * A collapsed message's id, from its sender and minute (gmail-derived-id.ts), or nothing when its
 * list entry also holds the message with its platform id (that read is the one to keep).
 */
function derivedId(
  element: Element,
  view: Element | null,
  s: GmailSelectors,
  messageSelector: string,
  sentAt: Date | null,
): string | undefined {
  const item = closestChain(element, s.listItem, 'gmail.listItem') ?? element;
  const identified = [...item.querySelectorAll(messageSelector)].some((other) => platformId(other, s));
  if (identified) return undefined;
  const sender = senderAddress(element, s) || nameOf(element, s);
  const title = sentTimeTitle(element, s);
  if (!sender) return undefined;
  const sameKey = (other: Element) =>
    (senderAddress(other, s) || nameOf(other, s)) === sender && sentTimeTitle(other, s) === title;
  const items: Element[] = [];
  for (const other of (view ?? element.ownerDocument).querySelectorAll(messageSelector)) {
    const otherItem = closestChain(other, s.listItem, 'gmail.listItem') ?? other;
    if (!items.includes(otherItem) && sameKey(other)) items.push(otherItem);
  }
  const ordinal = Math.max(0, items.indexOf(item));
  return gmailDerivedId(sender, sentAt ? instantMinute(sentAt) : title, ordinal);
}

/** Expanded: the body without the quoted history; collapsed: the snippet Gmail shows. */
function readText(element: Element, env: ReadEnvironment, s: GmailSelectors): string {
  const body = queryChain(element, s.body, 'gmail.body', env);
  if (body) return plainText(body, { exclude: anyOf(s.quotedHistory) });
  const collapsed = closestChain(element, s.collapsed, 'gmail.collapsed', env);
  const snippet = collapsed ? queryChain(collapsed, s.snippet, 'gmail.snippet', env) : null;
  return snippet ? plainText(snippet) : '';
}

/** "thread-f:1849286720213145219" -> "19a9e6c1d2f3a483", the legacy id Gmail shows elsewhere. */
function fromPermanentId(value: string | null, prefix: string): string | undefined {
  const id = value?.trim();
  if (!id) return undefined;
  if (id.startsWith(prefix) && /^\d+$/.test(id.slice(prefix.length))) {
    return BigInt(id.slice(prefix.length)).toString(16);
  }
  return id;
}

/** From the page title ("Inbox (3) - reception@hotel.com - Gmail") or the account switcher. */
function signedInAddress(document: Document, s: GmailSelectors): string | undefined {
  const fromTitle = document.title
    .split(' - ')
    .find((part) => EMAIL.test(part.trim()) && !part.includes(' '));
  if (fromTitle) return fromTitle.trim().toLowerCase();
  const account = queryChain(document, s.account, 'gmail.account');
  return EMAIL.exec(account?.getAttribute(s.attributes.label) ?? '')?.[0].toLowerCase();
}

function accountIndex(pathname: string): string {
  return /\/mail\/u\/(\d+)/.exec(pathname)?.[1] ?? '0';
}
