// Instagram Direct: the Meta message grid plus Instagram's thread URL and profile handles.
import type { PlatformAdapter } from '../platform-adapter.ts';
import { readGridMessage, findGrid } from '../adapter-kit/meta-message-grid.ts';
import { anyOf, closestChain, queryChain } from '../selector-chain.ts';
import { conversationUrl, idFromPath } from '../adapter-kit/page-url.ts';
import { neverThrows } from '../adapter-kit/never-throws.ts';
import { INSTAGRAM_SELECTORS, type InstagramSelectors } from './instagram-selectors.ts';

/** "/ana.guest/" -> "@ana.guest"; Instagram's own pages are not profiles. */
export function instagramHandle(path: string): string | undefined {
  const name = /^\/([A-Za-z0-9._]{1,30})\/?$/.exec(path)?.[1];
  return name && !['direct', 'explore', 'reels', 'accounts', 'stories'].includes(name)
    ? `@${name}`
    : undefined;
}

export function createInstagramAdapter(pack: InstagramSelectors = INSTAGRAM_SELECTORS): PlatformAdapter {
  return {
    id: 'instagram',
    channel: 'instagram',
    messageSelector: anyOf(pack.messageCell),
    readMessage: neverThrows((element, env) => {
      const threadId = idFromPath(env.location.pathname, pack.threadIdPatterns);
      if (!threadId) return null;
      return readGridMessage(element, env, pack, {
        channel: 'instagram',
        conversationId: threadId,
        conversationUrl: conversationUrl(env.location.href, []),
        handleFromPath: instagramHandle,
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
        idFromPath(document.location?.pathname ?? '', pack.threadIdPatterns) !== undefined &&
        findGrid(document, pack) !== null,
      false,
    ),
  };
}

export const instagramAdapter = createInstagramAdapter();
