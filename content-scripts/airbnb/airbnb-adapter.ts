// The Airbnb host inbox: each message is a group whose aria-label says everything; there is no
// message id, so one is derived. Direction comes from the sender's name: the host, or a co-host
// shown as "Name (Company)", is outbound; the guest, or anyone unknown, is inbound.
import type { ExtractedMessage, PlatformAdapter, ReadEnvironment } from '../platform-adapter.ts';
import type { Direction } from '../../shared/message.ts';
import { MAX_NAME_CHARS, MAX_TEXT_CHARS } from '../../shared/limits.ts';
import { anyOf, closestChain, queryChain } from '../selector-chain.ts';
import { plainText } from '../plain-text.ts';
import { toIsoWithOffset } from '../page-time.ts';
import { firstAttribute } from '../adapter-kit/selector-lists.ts';
import { findPrintedDay, parseMachineTime, parsePageTime } from '../adapter-kit/printed-date.ts';
import { contentHash } from '../adapter-kit/content-hash.ts';
import { conversationUrl, idFromPath } from '../adapter-kit/page-url.ts';
import { neverThrows } from '../adapter-kit/never-throws.ts';
import { readReservationPanel } from '../adapter-kit/reservation-panel.ts';
import { airbnbLabelDay, parseAirbnbLabel, type AirbnbLabel } from './airbnb-message-label.ts';
import { AIRBNB_SELECTORS, type AirbnbSelectors } from './airbnb-selectors.ts';

/** "Stuart" names the guest "Stuart Mackenzie"; case and extra surnames do not matter. */
function sameName(shown: string, full: string): boolean {
  const a = shown.trim().toLocaleLowerCase();
  const b = full.trim().toLocaleLowerCase();
  return a.length > 0 && (a === b || b.startsWith(`${a} `) || a.startsWith(`${b} `));
}

function hostName(document: Document, pack: AirbnbSelectors, env: ReadEnvironment): string | undefined {
  const element = pack.hostName.length > 0 ? queryChain(document, pack.hostName, 'hostName', env) : null;
  return element ? firstAttribute(element, pack.hostNameAttributes) : undefined;
}

function teamMember(sender: string, pattern: string): string | undefined {
  try {
    return new RegExp(pattern).exec(sender)?.[1];
  } catch {
    return undefined;
  }
}

function airbnbDirection(
  sender: string,
  host: string | undefined,
  guest: string | undefined,
  pack: AirbnbSelectors,
): Direction {
  const member = teamMember(sender, pack.teamMemberPattern);
  const saysHost = member !== undefined || (host !== undefined && sameName(sender, host));
  const saysGuest = guest !== undefined && sameName(member ?? sender, guest);
  // Signals disagree or are missing: inbound, so nothing is logged as answered by mistake.
  return saysHost && !saysGuest ? 'outbound' : 'inbound';
}

function labelOf(element: Element, pack: AirbnbSelectors): AirbnbLabel | null {
  const label = element.getAttribute(pack.labelAttribute);
  const parsed = label ? parseAirbnbLabel(label, pack) : null;
  if (!parsed) return null;
  const fromAirbnb = pack.platformSenders.some(
    (s) => parsed.sender === s || parsed.sender.startsWith(`${s} `),
  );
  return fromAirbnb ? null : parsed;
}

/** Identical messages (same sender, minute and text) are told apart by their order. */
function ordinalOf(element: Element, label: AirbnbLabel, pack: AirbnbSelectors): number {
  const identity = (l: AirbnbLabel) => `${l.sender}\u0000${l.sentAtText ?? ''}\u0000${l.text}`;
  const mine = identity(label);
  let count = 0;
  for (const other of Array.from(element.ownerDocument.querySelectorAll(anyOf(pack.message)))) {
    if (other === element) break;
    const otherLabel = labelOf(other, pack);
    if (otherLabel && identity(otherLabel) === mine) count++;
  }
  return count;
}

/** The day printed on this message's label or, failing that, on the nearest one above it. */
function dayAbove(element: Element, pack: AirbnbSelectors): string | undefined {
  const groups = Array.from(element.ownerDocument.querySelectorAll(anyOf(pack.message)));
  for (let index = groups.indexOf(element); index >= 0; index--) {
    const day = airbnbLabelDay(groups[index]!.getAttribute(pack.labelAttribute) ?? '', pack);
    if (day) return day;
  }
  return undefined;
}

/** From the label ("Sent 17:45" takes the day printed above it), else a time element in the group. */
function sentAtOf(element: Element, label: AirbnbLabel, now: Date, pack: AirbnbSelectors): Date | null {
  const printed = label.sentAtText;
  if (printed) {
    const day = findPrintedDay(printed, now) ? undefined : dayAbove(element, pack);
    const at = parsePageTime(day ? `${day}, ${printed}` : printed, now);
    if (at) return at;
  }
  const timeElement = pack.time.length > 0 ? queryChain(element, pack.time, 'time') : null;
  return parseMachineTime(timeElement ? firstAttribute(timeElement, pack.timeAttributes) : undefined);
}

function readAirbnbMessage(
  element: Element,
  env: ReadEnvironment,
  pack: AirbnbSelectors,
): ExtractedMessage | null {
  const threadId = idFromPath(env.location.pathname, pack.threadIdPatterns);
  const label = labelOf(element, pack);
  if (!threadId || !label) return null;
  const messageIndex = pack.message.findIndex((selector) => element.matches(selector));
  if (messageIndex > 0) env.reportFallback?.(`message[${messageIndex}]`);

  const facts = readReservationPanel(env.document, pack.reservation, env.now);
  const titleElement = queryChain(env.document, pack.threadTitle, 'threadTitle', env);
  const title = (titleElement ? plainText(titleElement) : '') || facts.guestName;
  const direction = airbnbDirection(
    label.sender,
    hostName(env.document, pack, env),
    facts.guestName ?? title,
    pack,
  );
  const sentAt = sentAtOf(element, label, env.now, pack);
  // A time dated by a day printed elsewhere would change its id when that day scrolls away: such a
  // message is named by its own printed time.
  const dayInLabel = label.sentAtText !== undefined && findPrintedDay(label.sentAtText, env.now) !== null;
  const timeKey = (dayInLabel ? sentAt?.toISOString() : undefined) ?? label.sentAtText ?? '';
  const text = label.text.slice(0, MAX_TEXT_CHARS);

  return {
    channel: 'airbnb',
    conversationId: threadId,
    platformMessageId: `derived:${contentHash([threadId, label.sender, timeKey, text, String(ordinalOf(element, label, pack))])}`,
    direction,
    senderName: label.sender.slice(0, MAX_NAME_CHARS),
    sentAt: toIsoWithOffset(sentAt ?? env.now),
    text,
    conversationTitle: title?.slice(0, MAX_NAME_CHARS),
    conversationUrl: conversationUrl(env.location.href, []),
    ...facts,
  };
}

export function createAirbnbAdapter(pack: AirbnbSelectors = AIRBNB_SELECTORS): PlatformAdapter {
  return {
    id: 'airbnb',
    channel: 'airbnb',
    messageSelector: anyOf(pack.message),
    readMessage: neverThrows((element, env) => readAirbnbMessage(element, env, pack), null),
    badgeAnchor: neverThrows((element) => closestChain(element, pack.message, 'message') ?? element, null),
    findComposer: neverThrows(
      (document) => queryChain(document, pack.composer, 'composer') as HTMLElement | null,
      null,
    ),
    isConversationOpen: neverThrows(
      (document) =>
        idFromPath(document.location?.pathname ?? '', pack.threadIdPatterns) !== undefined &&
        queryChain(document, pack.messageList, 'messageList') !== null,
      false,
    ),
  };
}

export const airbnbAdapter = createAirbnbAdapter();
