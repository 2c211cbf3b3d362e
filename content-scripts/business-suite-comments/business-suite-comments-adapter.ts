// Comments under the hotel's Facebook Page posts and Instagram posts, read in the Meta Business
// Suite inbox's comments view: each top-level comment with its replies is one public conversation
// (one ticket), on Messenger's channel for Facebook and Instagram's for Instagram; a comment by
// the post's own account is the hotel's public reply. Instagram comments get the keys the
// instagram.com comments adapter gives them (comment:<first comment id>, the comment's id), so a
// comment seen in both places is one message. Direct messages are the business-suite adapter's.
import type { ExtractedMessage, PlatformAdapter, ReadEnvironment } from '../platform-adapter.ts';
import type { Channel } from '../../shared/taxonomy.ts';
import type { PublicSource } from '../../shared/message.ts';
import { MAX_NAME_CHARS, MAX_TEXT_CHARS, MAX_URL_CHARS } from '../../shared/limits.ts';
import { anyOf, closestChain, queryChain } from '../selector-chain.ts';
import { plainText } from '../plain-text.ts';
import { toIsoWithOffset } from '../page-time.ts';
import { firstAttribute } from '../adapter-kit/selector-lists.ts';
import { parsePageTime } from '../adapter-kit/printed-date.ts';
import { conversationUrl, idFromQuery } from '../adapter-kit/page-url.ts';
import { neverThrows } from '../adapter-kit/never-throws.ts';
import { facebookHandle } from '../messenger/messenger-adapter.ts';
import { instagramHandle } from '../instagram/instagram-adapter.ts';
import { parseCompactAge } from './compact-age.ts';
import {
  BUSINESS_SUITE_COMMENTS_SELECTORS,
  type BusinessSuiteCommentsSelectors,
} from './business-suite-comments-selectors.ts';

/** The same prefix as the instagram.com comments adapter: a thread is never a Direct thread. */
const COMMENT_THREAD_PREFIX = 'comment:';

interface CommentView {
  channel: Channel;
  publicSource: PublicSource;
  handleOf: (path: string) => string | undefined;
}

function commentView(search: string, pack: BusinessSuiteCommentsSelectors): CommentView | null {
  if (!idFromQuery(search, pack.selectedItemParams)) return null;
  const type = new URLSearchParams(search).get(pack.threadTypeParam) ?? '';
  if (pack.instagramCommentTypes.includes(type))
    return { channel: 'instagram', publicSource: 'instagram_comment', handleOf: instagramHandle };
  if (pack.facebookCommentTypes.includes(type))
    return { channel: 'messenger', publicSource: 'facebook_comment', handleOf: facebookHandle };
  return null;
}

function commentIdOf(comment: Element, pack: BusinessSuiteCommentsSelectors): string | undefined {
  const own = firstAttribute(comment, pack.commentIdAttributes);
  if (own) return own;
  const href = queryChain(comment, pack.permalink, 'permalink')?.getAttribute('href') ?? '';
  for (const pattern of pack.commentIdPatterns) {
    try {
      const id = new RegExp(pattern).exec(href)?.[1];
      if (id) return decodeURIComponent(id);
    } catch {
      // a malformed pattern from a pack: try the next one
    }
  }
  return undefined;
}

/** The path of a profile link, on whichever of Meta's sites it points ("/deniz.k/"). */
function profilePath(link: Element | null): string | undefined {
  const href = link?.getAttribute('href');
  if (!href) return undefined;
  try {
    return new URL(href, 'https://www.facebook.com').pathname;
  } catch {
    return undefined;
  }
}

const samePath = (a: string | undefined, b: string | undefined) =>
  a !== undefined &&
  b !== undefined &&
  a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();

function httpsLink(link: Element | null): string | undefined {
  const href = link?.getAttribute('href');
  if (!href) return undefined;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && url.href.length <= MAX_URL_CHARS ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function sentAtOf(comment: Element, pack: BusinessSuiteCommentsSelectors, env: ReadEnvironment): Date {
  const time = queryChain(comment, pack.time, 'time', env);
  if (!time) return env.now;
  return (
    parsePageTime(firstAttribute(time, pack.timeAttributes), env.now) ??
    parseCompactAge(plainText(time), env.now) ??
    env.now
  );
}

function readComment(
  comment: Element,
  env: ReadEnvironment,
  pack: BusinessSuiteCommentsSelectors,
): ExtractedMessage | null {
  const view = commentView(env.location.search, pack);
  const commentId = commentIdOf(comment, pack);
  if (!view || !commentId) return null;
  const textElement = queryChain(comment, pack.text, 'text', env);
  const text = textElement ? plainText(textElement) : '';
  if (!text) return null; // still rendering
  const thread = closestChain(comment, pack.thread, 'thread', env);
  const first = thread ? queryChain(thread, pack.comment, 'comment') : null;
  const threadId = (first ? commentIdOf(first, pack) : undefined) ?? commentId;

  const authorLink = queryChain(comment, pack.authorLink, 'authorLink', env);
  const post = queryChain(env.document, pack.post, 'post', env);
  const owner = post ? profilePath(queryChain(post, pack.postAuthorLink, 'postAuthorLink', env)) : undefined;
  const authorPath = profilePath(authorLink);
  const direction = samePath(authorPath, owner) ? 'outbound' : 'inbound';
  const handle = authorPath ? view.handleOf(authorPath) : undefined;
  const name = authorLink ? plainText(authorLink) : undefined;
  const publicUrl = httpsLink(queryChain(comment, pack.permalink, 'permalink'));
  return {
    channel: view.channel,
    conversationId: `${COMMENT_THREAD_PREFIX}${threadId}`.slice(0, 300),
    platformMessageId: commentId.slice(0, 300),
    direction,
    senderName: name?.slice(0, MAX_NAME_CHARS),
    ...(direction === 'inbound' && handle ? { senderHandle: handle.slice(0, MAX_NAME_CHARS) } : {}),
    sentAt: toIsoWithOffset(sentAtOf(comment, pack, env)),
    text: text.slice(0, MAX_TEXT_CHARS),
    conversationUrl: conversationUrl(env.location.href, pack.urlParams),
    visibility: 'public',
    publicSource: view.publicSource,
    ...(publicUrl ? { publicUrl } : {}),
  };
}

export function createBusinessSuiteCommentsAdapter(
  pack: BusinessSuiteCommentsSelectors = BUSINESS_SUITE_COMMENTS_SELECTORS,
): PlatformAdapter {
  return {
    id: 'business-suite-comments',
    channel: 'messenger',
    messageSelector: anyOf(pack.comment),
    readMessage: neverThrows((element, env) => readComment(element, env, pack), null),
    badgeAnchor: neverThrows((element) => queryChain(element, pack.text, 'text') ?? element, null),
    findComposer: neverThrows(
      (document) => queryChain(document, pack.composer, 'composer') as HTMLElement | null,
      null,
    ),
    isConversationOpen: neverThrows(
      (document) =>
        /^\/latest\/inbox\//.test(document.location?.pathname ?? '') &&
        commentView(document.location?.search ?? '', pack) !== null &&
        document.querySelector(anyOf(pack.comment)) !== null,
      false,
    ),
  };
}

export const businessSuiteCommentsAdapter = createBusinessSuiteCommentsAdapter();
