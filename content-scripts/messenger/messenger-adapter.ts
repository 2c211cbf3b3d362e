// Messenger on messenger.com and facebook.com/messages: Messenger's thread URLs over either
// layout, the 2026 message log or the older message grid (both live during the roll-out).
import type { PlatformAdapter } from '../platform-adapter.ts';
import { findGrid, readGridMessage } from '../adapter-kit/meta-message-grid.ts';
import { belongsToList, findMessageList, readListMessage } from '../adapter-kit/meta-message-list.ts';
import { anyOf, closestChain, queryChain } from '../selector-chain.ts';
import { matchesChain } from '../adapter-kit/selector-lists.ts';
import { conversationUrl, idFromPath } from '../adapter-kit/page-url.ts';
import { neverThrows } from '../adapter-kit/never-throws.ts';
import type { MetaConversation } from '../adapter-kit/meta-message-parts.ts';
import { MESSENGER_SELECTORS, type MessengerSelectors } from './messenger-selectors.ts';

/** A Facebook profile path ("/hans.becker.muc") as a handle; numeric profile pages give none. */
export function facebookHandle(path: string): string | undefined {
  const name = /^\/([A-Za-z0-9.]{5,50})\/?$/.exec(path)?.[1];
  return name && name !== 'profile.php' ? name : undefined;
}

export function createMessengerAdapter(pack: MessengerSelectors = MESSENGER_SELECTORS): PlatformAdapter {
  const threadId = (pathname: string) => idFromPath(pathname, pack.threadIdPatterns);
  const isLogMessage = (element: Element) =>
    matchesChain(element, pack.log.message) && closestChain(element, pack.log.container, '') !== null;
  return {
    id: 'messenger',
    channel: 'messenger',
    messageSelector: anyOf([...pack.log.message, ...pack.messageCell]),
    readMessage: neverThrows((element, env) => {
      const id = threadId(env.location.pathname);
      if (!id) return null;
      const conversation: MetaConversation = {
        channel: 'messenger',
        conversationId: id,
        conversationUrl: conversationUrl(env.location.href, []),
        handleFromPath: facebookHandle,
      };
      if (isLogMessage(element)) return readListMessage(element, env, pack.log, conversation);
      // A grid cell inside a list message is that message, read once by the list reader.
      return belongsToList(element, pack.log) ? null : readGridMessage(element, env, pack, conversation);
    }, null),
    badgeAnchor: neverThrows(
      (element) =>
        closestChain(element, pack.log.message, 'message') ??
        closestChain(element, pack.messageCell, 'messageCell') ??
        element,
      null,
    ),
    findComposer: neverThrows(
      (document) => queryChain(document, pack.composer, 'composer') as HTMLElement | null,
      null,
    ),
    isConversationOpen: neverThrows(
      (document) =>
        threadId(document.location?.pathname ?? '') !== undefined &&
        (findMessageList(document, pack.log) !== null || findGrid(document, pack) !== null),
      false,
    ),
  };
}

export const messengerAdapter = createMessengerAdapter();
