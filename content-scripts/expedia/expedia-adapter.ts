// Expedia Partner Central conversations, read from the page's DOM and, through the adapter's extra
// read, from the page's own JSON (./expedia-conversation-json.ts, the documented source; the DOM
// markup is a guess). Both build messages with ./expedia-message.ts and name them by
// ./expedia-message-id.ts, so a message read from either has the same key.
import type {
  ExtractedMessage,
  ExtraRead,
  ExtraReadEnvironment,
  PlatformAdapter,
  ReadEnvironment,
} from '../platform-adapter.ts';
import { anyOf, queryChain } from '../selector-chain.ts';
import { plainText } from '../plain-text.ts';
import { firstAttribute } from '../adapter-kit/selector-lists.ts';
import { parseMachineTime, parsePageTime } from '../adapter-kit/printed-date.ts';
import { conversationUrl, idFromPath, idFromQuery } from '../adapter-kit/page-url.ts';
import { neverThrows } from '../adapter-kit/never-throws.ts';
import { readReservationPanel } from '../adapter-kit/reservation-panel.ts';
import { expediaMessage } from './expedia-message.ts';
import { derivedExpediaId, expediaMessageIdentity } from './expedia-message-id.ts';
import { fetchExpediaConversation } from './expedia-conversation-json.ts';
import { whenMessagesRendered } from './expedia-render-wait.ts';
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

function sentAtOf(
  element: Element,
  pack: ExpediaSelectors,
  now: Date,
): { at: Date | null; printed?: string } {
  const timeElement = pack.time.length > 0 ? queryChain(element, pack.time, 'time') : null;
  const printed = timeElement
    ? (firstAttribute(timeElement, pack.timeAttributes) ?? plainText(timeElement))
    : undefined;
  return { at: parseMachineTime(printed) ?? parsePageTime(printed, now), printed };
}

/** The message's identity as the JSON would see it (./expedia-message-id.ts). */
function identityOf(element: Element, pack: ExpediaSelectors, now: Date): string {
  return expediaMessageIdentity(sentAtOf(element, pack, now).at, textOf(element, pack.text, 'text') ?? '');
}

/** How many messages above it on the page look exactly like it. */
function ordinalOnPage(element: Element, identity: string, pack: ExpediaSelectors, now: Date): number {
  let count = 0;
  for (const other of Array.from(element.ownerDocument.querySelectorAll(anyOf(pack.message)))) {
    if (other === element) break;
    if (identityOf(other, pack, now) === identity) count++;
  }
  return count;
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
  const sentAt = sentAtOf(element, pack, env.now).at;
  const identity = expediaMessageIdentity(sentAt, text);

  return expediaMessage(
    {
      conversationId,
      // Without the page's id, one derived from what the JSON twin shows too: the same message
      // read from either source gets the same key.
      messageId:
        ownId ?? derivedExpediaId(conversationId, identity, ordinalOnPage(element, identity, pack, env.now)),
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

/** The conversation's JSON, read as the page's own client reads it; nothing when none is open. */
async function readConversationJson(env: ExtraReadEnvironment, pack: ExpediaSelectors): Promise<ExtraRead> {
  const conversationId = expediaConversationId(env.location, pack);
  if (!conversationId) return { messages: [], problems: [] };
  const conversationLink = conversationUrl(env.location.href, pack.urlParams);
  const origin = new URL(env.location.href).origin;
  const pageSearch = env.location.search;
  await whenMessagesRendered(env.document, anyOf(pack.message));
  return fetchExpediaConversation({
    conversationId,
    conversationUrl: conversationLink,
    origin,
    pageSearch,
    now: env.now,
    pack,
    document: env.document,
    fetch: env.fetch,
  });
}

export function createExpediaAdapter(pack: ExpediaSelectors = EXPEDIA_SELECTORS): PlatformAdapter {
  return {
    id: 'expedia',
    channel: 'expedia',
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
    readExtra: (env) =>
      readConversationJson(env, pack).catch(() => ({
        messages: [],
        problems: ['conversation request: failed'],
      })),
  };
}

export const expediaAdapter = createExpediaAdapter();
