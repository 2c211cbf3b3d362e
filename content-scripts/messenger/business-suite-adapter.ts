// The Meta Business Suite inbox: Messenger and Instagram Direct conversations of the hotel's
// Page in one list. The selected conversation is named by URL parameters, and its thread type
// says which channel a message belongs to.
import type { PlatformAdapter } from '../platform-adapter.ts';
import type { Channel } from '../../shared/taxonomy.ts';
import { findGrid, readGridMessage } from '../adapter-kit/meta-message-grid.ts';
import { anyOf, closestChain, queryChain } from '../selector-chain.ts';
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
  return {
    id: 'business-suite',
    channel: 'messenger',
    matches: ['https://business.facebook.com/*'],
    messageSelector: anyOf(pack.messageCell),
    readMessage: neverThrows((element, env) => {
      const selected = selectedConversation(env.location.search, pack);
      if (!selected) return null;
      return readGridMessage(element, env, pack, {
        channel: selected.channel,
        conversationId: selected.id,
        conversationUrl: conversationUrl(env.location.href, pack.urlParams),
        handleFromPath: selected.channel === 'instagram' ? instagramHandle : facebookHandle,
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
        /^\/latest\/inbox\//.test(document.location?.pathname ?? '') &&
        selectedConversation(document.location?.search ?? '', pack) !== null &&
        findGrid(document, pack) !== null,
      false,
    ),
  };
}

export const businessSuiteAdapter = createBusinessSuiteAdapter();
