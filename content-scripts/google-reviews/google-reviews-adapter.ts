// Google Business Profile reviews: every review is a public contact of its own (its own
// conversation, one ticket), read with its author's public name, its rating and its date; the
// owner's response under it is the hotel's public reply in that conversation.
import type { ExtractedMessage, PlatformAdapter, ReadEnvironment } from '../platform-adapter.ts';
import { MAX_NAME_CHARS, MAX_TEXT_CHARS, MAX_URL_CHARS } from '../../shared/limits.ts';
import { anyOf, closestChain, queryChain } from '../selector-chain.ts';
import { plainText } from '../plain-text.ts';
import { toIsoWithOffset } from '../page-time.ts';
import { firstAttribute, matchesChain } from '../adapter-kit/selector-lists.ts';
import { parsePageTime } from '../adapter-kit/printed-date.ts';
import { conversationUrl } from '../adapter-kit/page-url.ts';
import { neverThrows } from '../adapter-kit/never-throws.ts';
import { GOOGLE_REVIEWS_SELECTORS, type GoogleReviewsSelectors } from './google-reviews-selectors.ts';
import { ratingFromReadOut } from './rating-read-out.ts';
import { parseRelativeDate } from './relative-date.ts';

/** The owner's response has no id of its own; Google keeps one per review. */
export const OWNER_RESPONSE_SUFFIX = ':owner-response';

function textOf(root: Element, chain: readonly string[], name: string, env?: ReadEnvironment) {
  if (chain.length === 0) return '';
  const found = queryChain(root, chain, name, env);
  return found ? plainText(found) : '';
}

function printedAt(printed: string, now: Date): Date | null {
  return parseRelativeDate(printed, now) ?? parsePageTime(printed, now);
}

/** The https link back to the review: its own link where the card has one, else the page. */
function linkBack(card: Element, pack: GoogleReviewsSelectors, env: ReadEnvironment): string | undefined {
  const own = pack.permalink.length > 0 ? queryChain(card, pack.permalink, 'permalink') : null;
  const href = own?.getAttribute('href');
  // The page's own address keeps only the review it names: no session or tracking parameter.
  const fallback = conversationUrl(env.location.href, ['review']);
  try {
    const url = new URL(href ?? fallback ?? '', env.location.href);
    return url.protocol === 'https:' && url.href.length <= MAX_URL_CHARS ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function readReview(
  card: Element,
  env: ReadEnvironment,
  pack: GoogleReviewsSelectors,
): ExtractedMessage | null {
  const reviewId = firstAttribute(card, pack.reviewIdAttributes);
  if (!reviewId) return null;
  const author = textOf(card, pack.author, 'author', env) || undefined;
  const text = textOf(card, pack.text, 'text', env);
  const ratingElement = queryChain(card, pack.rating, 'rating', env);
  const rating = ratingElement
    ? ratingFromReadOut(firstAttribute(ratingElement, pack.ratingAttributes), pack.ratingScale)
    : undefined;
  // A star rating without words is still a review (most one-star reviews have words, not all).
  if (!text && !rating) return null;
  const printed = textOf(card, pack.time, 'time', env);
  return {
    channel: 'google',
    conversationId: reviewId.slice(0, 300),
    platformMessageId: reviewId.slice(0, 300),
    direction: 'inbound',
    senderName: author?.slice(0, MAX_NAME_CHARS),
    guestName: author?.slice(0, MAX_NAME_CHARS),
    conversationTitle: author?.slice(0, MAX_NAME_CHARS),
    sentAt: toIsoWithOffset(printedAt(printed, env.now) ?? env.now),
    text: (text || (rating ? `[${rating.value}/${rating.outOf}]` : '')).slice(0, MAX_TEXT_CHARS),
    conversationUrl: conversationUrl(env.location.href, ['review']),
    visibility: 'public',
    publicSource: 'google_review',
    ...(rating ? { rating } : {}),
    ...withLink(linkBack(card, pack, env)),
  };
}

const withLink = (url: string | undefined) => (url ? { publicUrl: url } : {});

function readOwnerResponse(
  response: Element,
  env: ReadEnvironment,
  pack: GoogleReviewsSelectors,
): ExtractedMessage | null {
  const card = closestChain(response, pack.review, 'review');
  const reviewId = card ? firstAttribute(card, pack.reviewIdAttributes) : undefined;
  if (!card || !reviewId) return null;
  const text = textOf(response, pack.ownerResponseText, 'ownerResponseText', env);
  if (!text) return null;
  const printed = textOf(response, pack.ownerResponseTime, 'ownerResponseTime', env);
  return {
    channel: 'google',
    conversationId: reviewId.slice(0, 300),
    platformMessageId: `${reviewId}${OWNER_RESPONSE_SUFFIX}`.slice(0, 300),
    direction: 'outbound',
    sentAt: toIsoWithOffset(printedAt(printed, env.now) ?? env.now),
    text: text.slice(0, MAX_TEXT_CHARS),
    conversationUrl: conversationUrl(env.location.href, ['review']),
    visibility: 'public',
    publicSource: 'google_review',
    ...withLink(linkBack(card, pack, env)),
  };
}

export function createGoogleReviewsAdapter(
  pack: GoogleReviewsSelectors = GOOGLE_REVIEWS_SELECTORS,
): PlatformAdapter {
  return {
    id: 'google-reviews',
    channel: 'google',
    messageSelector: anyOf([...pack.review, ...pack.ownerResponse]),
    readMessage: neverThrows((element, env) => {
      if (pack.ownerResponse.length > 0 && matchesChain(element, pack.ownerResponse))
        return readOwnerResponse(element, env, pack);
      return matchesChain(element, pack.review) ? readReview(element, env, pack) : null;
    }, null),
    badgeAnchor: neverThrows((element) => {
      if (matchesChain(element, pack.ownerResponse)) return element;
      return queryChain(element, pack.text, 'text') ?? element;
    }, null),
    findComposer: neverThrows(
      (document) => queryChain(document, pack.composer, 'composer') as HTMLElement | null,
      null,
    ),
    isConversationOpen: neverThrows((document) => document.querySelector(anyOf(pack.review)) !== null, false),
  };
}

export const googleReviewsAdapter = createGoogleReviewsAdapter();
