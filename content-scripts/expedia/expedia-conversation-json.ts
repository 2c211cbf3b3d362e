// Expedia Partner Central loads each conversation as same-origin JSON
// (/lodging/conversations/api/conversations/<cid>). This reads that JSON into messages without the
// DOM: every value is validated, one bad message is reported (by field, never by content) and
// skipped, and nothing here throws.
import { z } from 'zod';
import type { ExtractedMessage } from '../platform-adapter.ts';
import { parseMachineTime, parseStayDay } from '../adapter-kit/printed-date.ts';
import type { ReservationFacts } from '../adapter-kit/reservation-panel.ts';
import { MAX_NAME_CHARS } from '../../shared/limits.ts';
import { expediaMessage } from './expedia-message.ts';
import { derivedExpediaId, expediaIdSource, expediaMessageIdentity, ordinals } from './expedia-message-id.ts';
import { EXPEDIA_SELECTORS, type ExpediaSelectors } from './expedia-selectors.ts';

const IdLike = z.union([z.string().trim().min(1), z.number()]).transform(String);

/**
 * Known fields (PLATFORMS.md); `creatorName` is a guess and may be absent. A message without a
 * body (an attachment) is still a contact, so it is logged with empty text.
 */
export const ExpediaJsonMessage = z.looseObject({
  messageId: IdLike,
  body: z
    .string()
    .nullish()
    .transform((body) => body ?? ''),
  createDateTimeISOString: z.string().optional(),
  creatorRole: z.string().optional(),
  creatorName: z.string().optional(),
});

/** Guessed: a reservation block with the stay; absent fields are simply not reported. */
const ExpediaJsonReservation = z.looseObject({
  reservationId: IdLike.optional(),
  checkInDate: z.string().optional(),
  checkOutDate: z.string().optional(),
  guestName: z.string().optional(),
});

export const ExpediaJsonConversation = z.looseObject({
  messages: z.array(z.unknown()),
  reservation: ExpediaJsonReservation.optional().catch(undefined),
});

export interface ExpediaJsonContext {
  conversationId: string;
  conversationUrl?: string;
  now: Date;
  pack?: ExpediaSelectors;
  /**
   * The page the JSON belongs to: whether its DOM shows message ids decides which ids the JSON's
   * messages get (./expedia-message-id.ts). Defaults to the document this runs in, if any.
   */
  document?: Document;
}

export interface ExpediaJsonResult {
  messages: ExtractedMessage[];
  /** What could not be read, by field path: safe to log and to report as capture health. */
  problems: string[];
}

function issues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`).join(', ');
}

function reservationFacts(
  reservation: z.infer<typeof ExpediaJsonReservation> | undefined,
  now: Date,
): ReservationFacts {
  if (!reservation) return {};
  const facts: ReservationFacts = {};
  if (reservation.guestName) facts.guestName = reservation.guestName.slice(0, MAX_NAME_CHARS);
  if (reservation.reservationId) facts.reservationNumber = reservation.reservationId.slice(0, MAX_NAME_CHARS);
  const checkIn = parseStayDay(reservation.checkInDate, now);
  const checkOut = parseStayDay(reservation.checkOutDate, now);
  if (checkIn && checkOut && checkIn <= checkOut) facts.stay = { checkIn, checkOut };
  return facts;
}

/** In the content script the JSON belongs to the page it runs in. */
function pageDocument(): Document | undefined {
  return typeof document === 'undefined' ? undefined : document;
}

export function parseExpediaConversation(json: unknown, context: ExpediaJsonContext): ExpediaJsonResult {
  const pack = context.pack ?? EXPEDIA_SELECTORS;
  const conversation = ExpediaJsonConversation.safeParse(json);
  if (!conversation.success)
    return { messages: [], problems: [`conversation: ${issues(conversation.error)}`] };
  const reservation = reservationFacts(conversation.data.reservation, context.now);
  const problems: string[] = [];
  const readable = conversation.data.messages.flatMap((raw, index) => {
    const parsed = ExpediaJsonMessage.safeParse(raw);
    if (parsed.success) return [{ data: parsed.data, index }];
    problems.push(`messages.${index}: ${issues(parsed.error)}`);
    return [];
  });
  const times = readable.map(({ data }) => parseMachineTime(data.createDateTimeISOString));
  const identities = readable.map(({ data }, i) => expediaMessageIdentity(times[i] ?? null, data.body));
  const derived = expediaIdSource(context.document ?? pageDocument(), pack) === 'derived';
  const places = derived ? ordinals(identities) : [];
  const messages: ExtractedMessage[] = [];
  readable.forEach(({ data, index }, i) => {
    const sentAt = times[i] ?? null;
    if (!sentAt) problems.push(`messages.${index}.createDateTimeISOString: unreadable, capture time used`);
    const message = expediaMessage(
      {
        conversationId: context.conversationId,
        messageId: derived
          ? derivedExpediaId(context.conversationId, identities[i]!, places[i]!)
          : data.messageId,
        role: data.creatorRole,
        senderName: data.creatorName,
        sentAt: sentAt ?? context.now,
        text: data.body,
        conversationUrl: context.conversationUrl,
        reservation,
      },
      pack,
    );
    if (message) messages.push(message);
  });
  return { messages, problems };
}

export interface ExpediaFetchOptions extends ExpediaJsonContext {
  /** The page's origin: the JSON is same-origin, sent with the page's own session cookies. */
  origin: string;
  /** The page URL's query: the parameters the page's own client sends on are taken from it. */
  pageSearch?: string;
  fetch: typeof globalThis.fetch;
}

/** The request URL: the conversation's path plus what the page's URL gives of the client's parameters. */
export function expediaConversationRequestUrl(options: ExpediaFetchOptions): string {
  const pack = options.pack ?? EXPEDIA_SELECTORS;
  const path = pack.conversationApiPath.replace('{cid}', encodeURIComponent(options.conversationId));
  const url = new URL(path, options.origin);
  const page = new URLSearchParams(options.pageSearch ?? '');
  for (const name of pack.conversationApiParams) {
    const value = page.get(name)?.trim();
    if (value) url.searchParams.set(name, value);
  }
  return url.href;
}

/** Fetches and reads one conversation's JSON. Never throws: failures come back as problems. */
export async function fetchExpediaConversation(options: ExpediaFetchOptions): Promise<ExpediaJsonResult> {
  try {
    const response = await options.fetch(expediaConversationRequestUrl(options), {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return { messages: [], problems: [`conversation request: HTTP ${response.status}`] };
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      return { messages: [], problems: ['conversation request: not JSON'] };
    }
    return parseExpediaConversation(json, options);
  } catch (error) {
    return {
      messages: [],
      problems: [`conversation request: ${error instanceof Error ? error.name : 'failed'}`],
    };
  }
}
