// The Meta Business Suite inbox: Messenger and Instagram Direct conversations of the hotel's
// Page in one list. The selected conversation is named by URL parameters, and its thread type
// says which channel a message belongs to. The 2026 inbox shows a message list region; the
// 2026-11 build's grid stays readable.
import type { PlatformAdapter } from '../platform-adapter.ts';
import type { Channel } from '../../shared/taxonomy.ts';
import { findGrid, readGridMessage } from '../adapter-kit/meta-message-grid.ts';
import { belongsToList, findMessageList, readListMessage } from '../adapter-kit/meta-message-list.ts';
import type { MetaConversation } from '../adapter-kit/meta-message-parts.ts';
import { anyOf, closestChain, queryChain } from '../selector-chain.ts';
import { matchesChain } from '../adapter-kit/selector-lists.ts';
import { conversationUrl, idFromQuery } from '../adapter-kit/page-url.ts';
import { neverThrows } from '../adapter-kit/never-throws.ts';
import { facebookHandle } from './messenger-adapter.ts';
import { instagramHandle } from '../instagram/instagram-adapter.ts';
import { BUSINESS_SUITE_SELECTORS, type BusinessSuiteSelectors } from './messenger-selectors.ts';

interface SelectedConversation {
  id: string;
  channel: Channel;
}

function selectedConversation(search: string, pack: BusinessSuiteSelectors): SelectedConversation | null {
  const id = idFromQuery(search, pack.conversationIdParams);
  if (!id) return null;
  const threadType = new URLSearchParams(search).get(pack.threadTypeParam) ?? '';
  if (pack.commentThreadTypes.includes(threadType)) return null;
  return { id, channel: pack.instagramThreadTypes.includes(threadType) ? 'instagram' : 'messenger' };
}

export function createBusinessSuiteAdapter(
  pack: BusinessSuiteSelectors = BUSINESS_SUITE_SELECTORS,
): PlatformAdapter {
  const isListMessage = (element: Element) =>
    matchesChain(element, pack.list.message) && closestChain(element, pack.list.container, '') !== null;
  return {
    id: 'business-suite',
    channel: 'messenger',
    messageSelector: anyOf([...pack.list.message, ...pack.messageCell]),
    readMessage: neverThrows((element, env) => {
      const selected = selectedConversation(env.location.search, pack);
      if (!selected) return null;
      const conversation: MetaConversation = {
        channel: selected.channel,
        conversationId: selected.id,
        conversationUrl: conversationUrl(env.location.href, pack.urlParams),
        handleFromPath: selected.channel === 'instagram' ? instagramHandle : facebookHandle,
      };
      if (isListMessage(element)) return readListMessage(element, env, pack.list, conversation);
      // A grid cell inside a list message is that message, read once by the list reader.
      return belongsToList(element, pack.list) ? null : readGridMessage(element, env, pack, conversation);
    }, null),
    badgeAnchor: neverThrows(
      (element) =>
        closestChain(element, pack.list.message, 'message') ??
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
        /^\/latest\/inbox\//.test(document.location?.pathname ?? '') &&
        selectedConversation(document.location?.search ?? '', pack) !== null &&
        (findMessageList(document, pack.list) !== null || findGrid(document, pack) !== null),
      false,
    ),
  };
}

export const businessSuiteAdapter = createBusinessSuiteAdapter();
