// The Booking.com extranet messaging page. Per-message markup is unknown, so everything the
// adapter reads comes from the selector pack; the code only decides. A "No reply needed" mark
// answers the conversation, so it is read as an outbound marker message.
import type { ExtractedMessage, PlatformAdapter, ReadEnvironment } from '../platform-adapter.ts';
import type { Direction } from '../../shared/message.ts';
import { MAX_NAME_CHARS, MAX_TEXT_CHARS } from '../../shared/limits.ts';
import { anyOf, closestChain, queryChain } from '../selector-chain.ts';
import { plainText } from '../plain-text.ts';
import { toIsoWithOffset } from '../page-time.ts';
import { firstAttribute, matchesChain } from '../adapter-kit/selector-lists.ts';
import { findPrintedDay, parseMachineTime, parsePageTime } from '../adapter-kit/printed-date.ts';
import { contentHash } from '../adapter-kit/content-hash.ts';
import { conversationUrl, idFromQuery } from '../adapter-kit/page-url.ts';
import { neverThrows } from '../adapter-kit/never-throws.ts';
import { readReservationPanel, type ReservationFacts } from '../adapter-kit/reservation-panel.ts';
import { BOOKING_SELECTORS, type BookingSelectors } from './booking-selectors.ts';

/** The text of the marker message a "No reply needed" mark becomes. */
export const NO_REPLY_NEEDED_TEXT = 'No reply needed (marked on Booking.com)';

interface PageFacts extends ReservationFacts {
  conversationId: string;
  title?: string;
  url?: string;
  guestEmail?: string;
}

function pageFacts(env: ReadEnvironment, pack: BookingSelectors): PageFacts | null {
  const facts = readReservationPanel(env.document, pack.reservation, env.now);
  const selected = queryChain(env.document, pack.selectedConversation, 'selectedConversation', env);
  // The platform's own id first; a conversation about a reservation is also named by its number,
  // from the side panel or else from an e-mail link's `res_id` (the same number, the same key).
  const reservationNumber = facts.reservationNumber ?? reservationFromUrl(env, pack);
  const conversationId =
    idFromQuery(env.location.search, pack.conversationIdParams) ??
    (selected ? firstAttribute(selected, pack.conversationIdAttributes) : undefined) ??
    (reservationNumber ? `reservation:${reservationNumber}` : undefined);
  if (!conversationId) return null;
  const titleElement =
    pack.conversationTitle.length > 0 ? queryChain(env.document, pack.conversationTitle, 'title') : null;
  const email = pack.guestEmail.length > 0 ? queryChain(env.document, pack.guestEmail, 'guestEmail') : null;
  return {
    ...facts,
    ...(reservationNumber ? { reservationNumber } : {}),
    conversationId,
    title: (titleElement ? plainText(titleElement) : '') || facts.guestName,
    url: conversationUrl(env.location.href, pack.urlParams),
    guestEmail: email
      ?.getAttribute('href')
      ?.replace(/^mailto:/i, '')
      .split('?')[0],
  };
}

/** A reservation number in the URL, only when it has the number's shape. */
function reservationFromUrl(env: ReadEnvironment, pack: BookingSelectors): string | undefined {
  const value = idFromQuery(env.location.search, pack.reservationIdParams)?.replace(/\s+/g, '');
  if (!value) return undefined;
  const pattern = pack.reservation.reservationNumber.pattern;
  if (!pattern) return value.slice(0, MAX_NAME_CHARS);
  try {
    return new RegExp(`^(?:${pattern})$`).test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function sameName(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

function bookingDirection(
  senderType: string | undefined,
  senderName: string | undefined,
  facts: PageFacts,
  pack: BookingSelectors,
): Direction {
  const saysGuest =
    (senderType !== undefined && pack.guestSenderTypes.includes(senderType)) ||
    sameName(senderName, facts.guestName);
  const saysProperty = senderType !== undefined && pack.propertySenderTypes.includes(senderType);
  // Signals disagree or are missing: inbound, so nothing is logged as answered by mistake.
  return saysProperty && !saysGuest ? 'outbound' : 'inbound';
}

/** The day separator printed above an element, for times printed as a bare clock ("09:41"). */
function dayAbove(element: Element, pack: BookingSelectors): string | undefined {
  const list = closestChain(element, pack.messageList, 'messageList');
  if (!list || pack.daySeparator.length === 0) return undefined;
  let found: string | undefined;
  for (const separator of Array.from(list.querySelectorAll(anyOf(pack.daySeparator)))) {
    if (separator.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)
      found = plainText(separator);
  }
  return found;
}

function printedTime(element: Element, pack: BookingSelectors): string | undefined {
  const timeElement = pack.time.length > 0 ? queryChain(element, pack.time, 'time') : null;
  if (!timeElement) return undefined;
  return firstAttribute(timeElement, pack.timeAttributes) ?? (plainText(timeElement) || undefined);
}

function sentAtOf(
  element: Element,
  pack: BookingSelectors,
  now: Date,
  printed = printedTime(element, pack),
): { at: Date | null; printed?: string } {
  const machine = parseMachineTime(printed);
  if (machine) return { at: machine, printed };
  // A time that names its own day ("Today 12:02") needs no separator; a bare clock takes the one above.
  const day = printed && findPrintedDay(printed, now) ? undefined : dayAbove(element, pack);
  const full = day && printed ? `${day}, ${printed}` : printed;
  return { at: parsePageTime(full, now), printed: full };
}

function readBookingMessage(
  element: Element,
  env: ReadEnvironment,
  pack: BookingSelectors,
  facts: PageFacts,
): ExtractedMessage | null {
  const senderType = firstAttribute(element, pack.senderTypeAttributes)?.toUpperCase();
  if (senderType && pack.platformSenderTypes.includes(senderType)) return null;
  const textElement = queryChain(element, pack.text, 'text', env);
  const text = textElement ? plainText(textElement) : '';
  const ownId = firstAttribute(element, pack.messageIdAttributes);
  if (!text && !ownId) return null; // still rendering

  const senderElement =
    pack.senderName.length > 0 ? queryChain(element, pack.senderName, 'senderName') : null;
  const senderName = senderElement ? plainText(senderElement) || undefined : undefined;
  const direction = bookingDirection(senderType, senderName, facts, pack);
  const time = sentAtOf(element, pack, env.now);
  const platformMessageId =
    ownId ??
    `derived:${contentHash([facts.conversationId, senderType ?? senderName ?? '', time.at?.toISOString() ?? time.printed ?? '', text])}`;

  return {
    channel: 'booking',
    conversationId: facts.conversationId,
    platformMessageId,
    direction,
    senderName: senderName?.slice(0, MAX_NAME_CHARS),
    senderHandle: direction === 'inbound' ? facts.guestEmail?.slice(0, MAX_NAME_CHARS) : undefined,
    sentAt: toIsoWithOffset(time.at ?? env.now),
    text: text.slice(0, MAX_TEXT_CHARS),
    ...common(facts),
  };
}

function common(facts: PageFacts) {
  return {
    conversationTitle: facts.title?.slice(0, MAX_NAME_CHARS),
    conversationUrl: facts.url,
    reservationNumber: facts.reservationNumber,
    stay: facts.stay,
    guestName: facts.guestName,
  };
}

/**
 * The mark answers whatever came before it, so its id is "no reply needed after <message>": the
 * same mark always has the same id, and a mark made again after a new guest message is new.
 */
function readNoReplyNeeded(
  marker: Element,
  env: ReadEnvironment,
  pack: BookingSelectors,
  facts: PageFacts,
): ExtractedMessage {
  const list = queryChain(env.document, pack.messageList, 'messageList');
  const messages = list ? Array.from(list.querySelectorAll(anyOf(pack.message))) : [];
  const insideList = list?.contains(marker) ?? false;
  const before = insideList
    ? messages.filter((m) => m.compareDocumentPosition(marker) & Node.DOCUMENT_POSITION_FOLLOWING)
    : messages;
  const answered = before
    .reverse()
    .map((m) => readBookingMessage(m, env, pack, facts))
    .find((m) => m !== null);
  // The mark's own time, a bare clock completed by the day printed above it ("Today", "12:02"):
  // when it was set, not when Konuk saw it. Capture time only when the page shows no clock.
  const at = sentAtOf(
    marker,
    pack,
    env.now,
    printedTime(marker, pack) ?? (plainText(marker) || undefined),
  ).at;
  return {
    channel: 'booking',
    conversationId: facts.conversationId,
    platformMessageId: `no-reply-needed:${answered?.platformMessageId ?? 'start'}`,
    direction: 'outbound',
    sentAt: toIsoWithOffset(at ?? env.now),
    text: NO_REPLY_NEEDED_TEXT,
    ...common(facts),
  };
}

export function createBookingAdapter(pack: BookingSelectors = BOOKING_SELECTORS): PlatformAdapter {
  return {
    id: 'booking',
    channel: 'booking',
    messageSelector: anyOf([...pack.message, ...pack.noReplyNeeded]),
    readMessage: neverThrows((element, env) => {
      const facts = pageFacts(env, pack);
      if (!facts) return null;
      if (matchesChain(element, pack.noReplyNeeded)) return readNoReplyNeeded(element, env, pack, facts);
      const messageIndex = pack.message.findIndex((selector) => element.matches(selector));
      if (messageIndex > 0) env.reportFallback?.(`message[${messageIndex}]`);
      return readBookingMessage(element, env, pack, facts);
    }, null),
    badgeAnchor: neverThrows((element) => element, null),
    findComposer: neverThrows(
      (document) => queryChain(document, pack.composer, 'composer') as HTMLElement | null,
      null,
    ),
    isConversationOpen: neverThrows(
      (document) =>
        /\/messaging\//.test(document.location?.pathname ?? '') &&
        queryChain(document, pack.messageList, 'messageList') !== null,
      false,
    ),
  };
}

export const bookingAdapter = createBookingAdapter();
