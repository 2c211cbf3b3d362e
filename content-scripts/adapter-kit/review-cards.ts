// Reads a review site's owner page (issue 11): each review is a public contact of its own (its
// own conversation, one ticket) with its author's public name, its rating on the site's own
// scale, the day it was written, the month or days of the stay where the page prints them and
// the link back; the owner's response inside the card is the hotel's public reply in that
// conversation. TripAdvisor, Booking.com and HolidayCheck differ only in their packs and in what
// a card adds (Booking.com's reservation), so they share this reader.
import type { ExtractedMessage, PlatformAdapter, ReadEnvironment } from '../platform-adapter.ts';
import type { PublicRating, PublicSource } from '../../shared/message.ts';
import type { Channel } from '../../shared/taxonomy.ts';
import { MAX_NAME_CHARS, MAX_TEXT_CHARS, MAX_URL_CHARS } from '../../shared/limits.ts';
import { anyOf, closestChain, queryChain } from '../selector-chain.ts';
import { plainText } from '../plain-text.ts';
import { toIsoWithOffset } from '../page-time.ts';
import { firstAttribute, matchesChain, queryAllChain } from './selector-lists.ts';
import { findMonthOfYear } from './printed-date.ts';
import { conversationUrl } from './page-url.ts';
import { neverThrows } from './never-throws.ts';
import { reviewDay } from './review-day.ts';
import type { ReviewCardSelectors } from './review-card-selectors.ts';

/** The owner's response has no id of its own: a site keeps one per review. */
export const OWNER_RESPONSE_SUFFIX = ':owner-response';

export interface ReviewSite {
  id: string;
  channel: Channel;
  publicSource: PublicSource;
  /** The printed author is the guest's own name (Booking.com), not a chosen username. */
  authorIsGuestName: boolean;
  /** What only this site's cards show of the guest (Booking.com: the reservation and its dates). */
  cardFacts?: (
    card: Element,
    now: Date,
  ) => Pick<ExtractedMessage, 'reservationNumber' | 'stay' | 'guestName'>;
}

function textOf(root: Element, chain: readonly string[], name: string, env?: ReadEnvironment): string {
  if (chain.length === 0) return '';
  const found = queryChain(root, chain, name, env);
  return found ? plainText(found) : '';
}

function reviewIdOf(card: Element, pack: ReviewCardSelectors): string | undefined {
  const own = firstAttribute(card, pack.reviewIdAttributes);
  if (own || !pack.reviewIdPattern || pack.permalink.length === 0) return own;
  const href = queryChain(card, pack.permalink, 'permalink')?.getAttribute('href') ?? '';
  try {
    return new RegExp(pack.reviewIdPattern).exec(href)?.[1];
  } catch {
    return undefined;
  }
}

const NUMBER = /(\d+(?:[.,]\d+)?)/;
const NAMED_SCALE = /(?:out of|of|von|sur|из|\/)\s*(\d+)/i;
const TURKISH_SCALE = /(\d+)\s*üzerinden\s*(\d+(?:[.,]\d+)?)/i;

/** The scale a read-out names ("of 5", "von 6", "5 üzerinden"), if it names one. */
function namedScale(text: string): number | undefined {
  const named = TURKISH_SCALE.exec(text)?.[1] ?? NAMED_SCALE.exec(text)?.[1];
  return named === undefined ? undefined : Number(named);
}

/** A rating read out ("1.0 of 5 bubbles", "5 üzerinden 4", "7,5"), refused off the site's scale. */
export function ratingFromText(text: string | undefined, scale: 5 | 6 | 10): PublicRating | undefined {
  if (!text) return undefined;
  const named = namedScale(text);
  if (named !== undefined && named !== scale) return undefined;
  const turkish = TURKISH_SCALE.exec(text);
  const value = Number((turkish ? turkish[2] : NUMBER.exec(text)?.[1])?.replace(',', '.'));
  return Number.isFinite(value) && value > 0 && value <= scale ? { value, outOf: scale } : undefined;
}

function ratingOf(card: Element, pack: ReviewCardSelectors, env: ReadEnvironment): PublicRating | undefined {
  if (pack.rating.length === 0) return undefined;
  const element = queryChain(card, pack.rating, 'rating', env);
  if (!element) return undefined;
  const said = firstAttribute(element, pack.ratingAttributes);
  // A read-out on another scale than the site's says the pack is wrong: no rating is better
  // than one on the wrong scale.
  if (said !== undefined && namedScale(said) !== undefined && namedScale(said) !== pack.ratingScale)
    return undefined;
  const readOut = ratingFromText(said, pack.ratingScale);
  if (readOut) return readOut;
  if (pack.ratingClassPattern) {
    try {
      const tenths = new RegExp(pack.ratingClassPattern).exec(element.getAttribute('class') ?? '')?.[1];
      if (tenths) return ratingFromText(String(Number(tenths) / 10), pack.ratingScale);
    } catch {
      // a malformed pattern from a pack: read the element's text instead
    }
  }
  return ratingFromText(plainText(element), pack.ratingScale);
}

/** The title, then every part of the review's words (Booking.com's "liked" and "disliked"). */
function reviewText(card: Element, pack: ReviewCardSelectors, env: ReadEnvironment): string {
  const title = textOf(card, pack.title, 'title', env);
  const parts = queryAllChain(card, pack.text)
    .filter((part) => !(pack.ownerResponse.length > 0 && closestChain(part, pack.ownerResponse, '')))
    .map((part) => plainText(part))
    .filter(Boolean);
  return [title, ...parts].filter(Boolean).join('\n');
}

/** The https link back to the review: its own link where the card has one, else the page. */
function linkBack(card: Element, pack: ReviewCardSelectors, env: ReadEnvironment): string | undefined {
  const own = pack.permalink.length > 0 ? queryChain(card, pack.permalink, 'permalink') : null;
  const href = own?.getAttribute('href') ?? conversationUrl(env.location.href, pack.urlParams);
  try {
    const url = new URL(href ?? '', env.location.href);
    return url.protocol === 'https:' && url.href.length <= MAX_URL_CHARS ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function commonFacts(site: ReviewSite, pack: ReviewCardSelectors, card: Element, env: ReadEnvironment) {
  const publicUrl = linkBack(card, pack, env);
  return {
    channel: site.channel,
    conversationUrl: conversationUrl(env.location.href, pack.urlParams),
    visibility: 'public' as const,
    publicSource: site.publicSource,
    ...(publicUrl ? { publicUrl } : {}),
  };
}

/** What the card shows of the guest, on the review and on the owner's response alike. */
function guestFacts(card: Element, site: ReviewSite, author: string | undefined, now: Date) {
  return {
    ...(site.authorIsGuestName && author ? { guestName: author } : {}),
    ...(site.cardFacts?.(card, now) ?? {}),
  };
}

const authorOf = (card: Element, pack: ReviewCardSelectors, env?: ReadEnvironment) =>
  textOf(card, pack.author, 'author', env).slice(0, MAX_NAME_CHARS) || undefined;

function readReview(
  card: Element,
  site: ReviewSite,
  pack: ReviewCardSelectors,
  env: ReadEnvironment,
): ExtractedMessage | null {
  const reviewId = reviewIdOf(card, pack)?.slice(0, 300);
  if (!reviewId) return null;
  const author = authorOf(card, pack, env);
  const rating = ratingOf(card, pack, env);
  const text = reviewText(card, pack, env);
  // A rating without words is still a review; a card with neither is still rendering.
  if (!text && !rating) return null;
  const written = reviewDay(textOf(card, pack.written, 'written', env), env.now);
  const stayMonth = findMonthOfYear(textOf(card, pack.stayMonth, 'stayMonth', env));
  const facts = guestFacts(card, site, author, env.now);
  return {
    ...commonFacts(site, pack, card, env),
    conversationId: reviewId,
    platformMessageId: reviewId,
    direction: 'inbound',
    senderName: author,
    conversationTitle: author,
    sentAt: toIsoWithOffset(written ?? env.now),
    text: (text || `[${rating!.value}/${rating!.outOf}]`).slice(0, MAX_TEXT_CHARS),
    ...(rating ? { rating } : {}),
    ...(stayMonth && !facts.stay ? { stayMonth } : {}),
    ...facts,
  };
}

function readOwnerResponse(
  response: Element,
  site: ReviewSite,
  pack: ReviewCardSelectors,
  env: ReadEnvironment,
): ExtractedMessage | null {
  const card = closestChain(response, pack.review, 'review');
  const reviewId = card ? reviewIdOf(card, pack) : undefined;
  if (!card || !reviewId) return null;
  const text = textOf(response, pack.ownerResponseText, 'ownerResponseText', env);
  if (!text) return null;
  const responded = reviewDay(textOf(response, pack.ownerResponseTime, 'ownerResponseTime', env), env.now);
  return {
    ...commonFacts(site, pack, card, env),
    conversationId: reviewId.slice(0, 300),
    platformMessageId: `${reviewId}${OWNER_RESPONSE_SUFFIX}`.slice(0, 300),
    direction: 'outbound',
    sentAt: toIsoWithOffset(responded ?? env.now),
    text: text.slice(0, MAX_TEXT_CHARS),
    ...guestFacts(card, site, authorOf(card, pack), env.now),
  };
}

export function createReviewCardAdapter(site: ReviewSite, pack: ReviewCardSelectors): PlatformAdapter {
  const isResponse = (element: Element) =>
    pack.ownerResponse.length > 0 && matchesChain(element, pack.ownerResponse);
  return {
    id: site.id,
    channel: site.channel,
    messageSelector: anyOf([...pack.review, ...pack.ownerResponse]),
    readMessage: neverThrows((element, env) => {
      if (isResponse(element)) return readOwnerResponse(element, site, pack, env);
      return matchesChain(element, pack.review) ? readReview(element, site, pack, env) : null;
    }, null),
    badgeAnchor: neverThrows((element) => {
      if (isResponse(element)) return element;
      return queryAllChain(element, pack.text)[0] ?? element;
    }, null),
    findComposer: neverThrows(
      (document) => queryChain(document, pack.composer, 'composer') as HTMLElement | null,
      null,
    ),
    isConversationOpen: neverThrows((document) => document.querySelector(anyOf(pack.review)) !== null, false),
  };
}
