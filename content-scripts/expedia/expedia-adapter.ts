// Expedia Partner Central conversations, read from the page's DOM. The DOM markup is a guess; the
// page's JSON (./expedia-conversation-json.ts) is the documented source. Both build messages with
// ./expedia-message.ts, so a message read from either has the same key.
import type { ExtractedMessage, PlatformAdapter, ReadEnvironment } from '../platform-adapter.ts';
import { anyOf, queryChain } from '../selector-chain.ts';
import { plainText } from '../plain-text.ts';
import { firstAttribute } from '../adapter-kit/selector-lists.ts';
import { parseMachineTime, parsePageTime } from '../adapter-kit/printed-date.ts';
import { contentHash } from '../adapter-kit/content-hash.ts';
import { conversationUrl, idFromPath, idFromQuery } from '../adapter-kit/page-url.ts';
import { neverThrows } from '../adapter-kit/never-throws.ts';
import { readReservationPanel } from '../adapter-kit/reservation-panel.ts';
import { expediaMessage } from './expedia-message.ts';
import { EXPEDIA_SELECTORS, type ExpediaSelectors } from './expedia-selectors.ts';

export function expediaConversationId(
  location: Pick<Location, 'pathname' | 'search'>,
  pack: ExpediaSelectors,
): string | undefined {
  return (
    idFromQuery(location.search, pack.conversationIdParams) ??
    idFromPath(location.pathname, pack.conversationIdPatterns)
  );
}

function textOf(
  root: Element,
  chain: readonly string[],
  name: string,
  env?: ReadEnvironment,
): string | undefined {
  const element = chain.length > 0 ? queryChain(root, chain, name, env) : null;
  return element ? plainText(element) || undefined : undefined;
}

function readExpediaMessage(
  element: Element,
  env: ReadEnvironment,
  pack: ExpediaSelectors,
): ExtractedMessage | null {
  const conversationId = expediaConversationId(env.location, pack);
  if (!conversationId) return null;
  const messageIndex = pack.message.findIndex((selector) => element.matches(selector));
  if (messageIndex > 0) env.reportFallback?.(`message[${messageIndex}]`);

  const text = textOf(element, pack.text, 'text', env) ?? '';
  const ownId = firstAttribute(element, pack.messageIdAttributes);
  if (!text && !ownId) return null; // still rendering
  const role = firstAttribute(element, pack.roleAttributes);
  const timeElement = pack.time.length > 0 ? queryChain(element, pack.time, 'time') : null;
  const printed = timeElement
    ? (firstAttribute(timeElement, pack.timeAttributes) ?? plainText(timeElement))
    : undefined;
  const sentAt = parseMachineTime(printed) ?? parsePageTime(printed, env.now);

  return expediaMessage(
    {
      conversationId,
      // Without the page's id the message cannot be matched with its JSON twin; derive one.
      messageId:
        ownId ??
        `derived:${contentHash([conversationId, role ?? '', sentAt?.toISOString() ?? printed ?? '', text])}`,
      role,
      senderName: textOf(element, pack.senderName, 'senderName'),
      sentAt: sentAt ?? env.now,
      text,
      conversationTitle: textOf(env.document.documentElement, pack.conversationTitle, 'title'),
      conversationUrl: conversationUrl(env.location.href, pack.urlParams),
      reservation: readReservationPanel(env.document, pack.reservation, env.now),
    },
    pack,
  );
}

export function createExpediaAdapter(pack: ExpediaSelectors = EXPEDIA_SELECTORS): PlatformAdapter {
  return {
    id: 'expedia',
    channel: 'expedia',
    matches: ['https://apps.expediapartnercentral.com/lodging/*'],
    messageSelector: anyOf(pack.message),
    readMessage: neverThrows((element, env) => readExpediaMessage(element, env, pack), null),
    badgeAnchor: neverThrows((element) => element, null),
    findComposer: neverThrows(
      (document) => queryChain(document, pack.composer, 'composer') as HTMLElement | null,
      null,
    ),
    isConversationOpen: neverThrows(
      (document) =>
        document.location !== null &&
        expediaConversationId(document.location, pack) !== undefined &&
        queryChain(document, pack.messageList, 'messageList') !== null,
      false,
    ),
  };
}

export const expediaAdapter = createExpediaAdapter();
