// Comments under the hotel's Instagram posts and reels: each top-level comment with its replies
// is one public conversation (one ticket); a comment by the post's own account is the hotel's
// public reply in it. Direct messages are read by content-scripts/instagram/, never here.
import type { ExtractedMessage, PlatformAdapter, ReadEnvironment } from '../platform-adapter.ts';
import { MAX_NAME_CHARS, MAX_TEXT_CHARS, MAX_URL_CHARS } from '../../shared/limits.ts';
import { anyOf, closestChain, queryChain } from '../selector-chain.ts';
import { plainText } from '../plain-text.ts';
import { toIsoWithOffset } from '../page-time.ts';
import { firstAttribute } from '../adapter-kit/selector-lists.ts';
import { parseMachineTime } from '../adapter-kit/printed-date.ts';
import { idFromPath } from '../adapter-kit/page-url.ts';
import { neverThrows } from '../adapter-kit/never-throws.ts';
import {
  INSTAGRAM_COMMENTS_SELECTORS,
  type InstagramCommentsSelectors,
} from './instagram-comments-selectors.ts';

/** Conversation ids are prefixed: a comment thread is never mistaken for a Direct thread. */
export const COMMENT_THREAD_PREFIX = 'comment:';

const ORIGIN = 'https://www.instagram.com';

/** "/deniz.k/" -> "@deniz.k" (the Direct adapter's rule, kept here so this bundle stays small). */
function profileHandle(path: string): string | undefined {
  const name = /^\/([A-Za-z0-9._]{1,30})\/?$/.exec(path)?.[1];
  return name && !['p', 'reel', 'reels', 'explore', 'direct', 'accounts'].includes(name)
    ? `@${name}`
    : undefined;
}

function commentIdOf(comment: Element, pack: InstagramCommentsSelectors): string | undefined {
  const link = queryChain(comment, pack.permalink, 'permalink');
  const href = link?.getAttribute('href') ?? '';
  try {
    return new RegExp(pack.commentIdPattern).exec(href)?.[1];
  } catch {
    return undefined;
  }
}

function handleOf(link: Element | null): string | undefined {
  const href = link?.getAttribute('href');
  return href ? profileHandle(new URL(href, ORIGIN).pathname) : undefined;
}

function readComment(
  comment: Element,
  env: ReadEnvironment,
  pack: InstagramCommentsSelectors,
): ExtractedMessage | null {
  const shortcode = idFromPath(env.location.pathname, pack.postPathPatterns);
  const commentId = commentIdOf(comment, pack);
  // The caption has no comment permalink: it is the hotel's post, not a message.
  if (!shortcode || !commentId) return null;
  const thread = closestChain(comment, pack.thread, 'thread', env);
  const first = thread ? queryChain(thread, pack.comment, 'comment') : null;
  const threadId = (first ? commentIdOf(first, pack) : undefined) ?? commentId;

  const authorLink = queryChain(comment, pack.author, 'author', env);
  const handle = handleOf(authorLink);
  const owner = handleOf(queryChain(env.document, pack.postOwner, 'postOwner', env));
  const textElement = queryChain(comment, pack.text, 'text', env);
  const text = textElement ? plainText(textElement) : '';
  if (!text) return null; // still rendering
  const timeElement = queryChain(comment, pack.time, 'time');
  const sentAt = parseMachineTime(timeElement ? firstAttribute(timeElement, pack.timeAttributes) : undefined);
  const direction = handle !== undefined && handle === owner ? 'outbound' : 'inbound';
  const name = handle?.slice(1) ?? (authorLink ? plainText(authorLink) : undefined);
  const postUrl = `${ORIGIN}/p/${shortcode}/`;
  const publicUrl = `${ORIGIN}/p/${shortcode}/c/${commentId}/`;
  return {
    channel: 'instagram',
    conversationId: `${COMMENT_THREAD_PREFIX}${threadId}`,
    platformMessageId: commentId,
    direction,
    senderName: name?.slice(0, MAX_NAME_CHARS),
    ...(direction === 'inbound' && handle ? { senderHandle: handle.slice(0, MAX_NAME_CHARS) } : {}),
    sentAt: toIsoWithOffset(sentAt ?? env.now),
    text: text.slice(0, MAX_TEXT_CHARS),
    conversationUrl: postUrl,
    visibility: 'public',
    publicSource: 'instagram_comment',
    ...(publicUrl.length <= MAX_URL_CHARS ? { publicUrl } : {}),
  };
}

export function createInstagramCommentsAdapter(
  pack: InstagramCommentsSelectors = INSTAGRAM_COMMENTS_SELECTORS,
): PlatformAdapter {
  return {
    id: 'instagram-comments',
    channel: 'instagram',
    messageSelector: anyOf(pack.comment),
    readMessage: neverThrows((element, env) => readComment(element, env, pack), null),
    badgeAnchor: neverThrows((element) => queryChain(element, pack.text, 'text') ?? element, null),
    findComposer: neverThrows(
      (document) => queryChain(document, pack.composer, 'composer') as HTMLElement | null,
      null,
    ),
    isConversationOpen: neverThrows(
      (document) =>
        idFromPath(document.location?.pathname ?? '', pack.postPathPatterns) !== undefined &&
        document.querySelector(anyOf(pack.comment)) !== null,
      false,
    ),
  };
}

export const instagramCommentsAdapter = createInstagramCommentsAdapter();
