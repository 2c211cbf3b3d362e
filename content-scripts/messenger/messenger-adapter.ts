// Messenger on messenger.com and facebook.com/messages: the Meta message grid plus Messenger's
// thread URLs.
import type { PlatformAdapter } from '../platform-adapter.ts';
import { findGrid, readGridMessage } from '../adapter-kit/meta-message-grid.ts';
import { anyOf, closestChain, queryChain } from '../selector-chain.ts';
import { conversationUrl, idFromPath } from '../adapter-kit/page-url.ts';
import { neverThrows } from '../adapter-kit/never-throws.ts';
import { MESSENGER_SELECTORS, type MessengerSelectors } from './messenger-selectors.ts';

/** A Facebook profile path ("/hans.becker.muc") as a handle; numeric profile pages give none. */
export function facebookHandle(path: string): string | undefined {
  const name = /^\/([A-Za-z0-9.]{5,50})\/?$/.exec(path)?.[1];
  return name && name !== 'profile.php' ? name : undefined;
}

export function createMessengerAdapter(pack: MessengerSelectors = MESSENGER_SELECTORS): PlatformAdapter {
  const threadId = (pathname: string) => idFromPath(pathname, pack.threadIdPatterns);
  return {
    id: 'messenger',
    channel: 'messenger',
    matches: ['https://www.messenger.com/*', 'https://www.facebook.com/*'],
    messageSelector: anyOf(pack.messageCell),
    readMessage: neverThrows((element, env) => {
      const id = threadId(env.location.pathname);
      if (!id) return null;
      return readGridMessage(element, env, pack, {
        channel: 'messenger',
        conversationId: id,
        conversationUrl: conversationUrl(env.location.href, []),
        handleFromPath: facebookHandle,
      });
    }, null),
    badgeAnchor: neverThrows(
      (element) => closestChain(element, pack.messageCell, 'messageCell') ?? element,
      null,
    ),
    findComposer: neverThrows(
      (document) => queryChain(document, pack.composer, 'composer') as HTMLElement | null,
      null,
    ),
    isConversationOpen: neverThrows(
      (document) =>
        threadId(document.location?.pathname ?? '') !== undefined && findGrid(document, pack) !== null,
      false,
    ),
  };
}

export const messengerAdapter = createMessengerAdapter();
