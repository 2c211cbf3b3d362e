// A guest or staff message as a content script captures it from a platform page. This is the
// one definition used on every hop: page -> content script -> background -> API.
import { z } from 'zod';
import { Channel } from './taxonomy.ts';
import { MAX_ID_CHARS, MAX_NAME_CHARS, MAX_TEXT_CHARS, MAX_URL_CHARS } from './limits.ts';
import { TemplateKind } from './templates/template-schema.ts';
import { storableDate, storableDateTime } from './storable-values.ts';

export const Direction = z.enum(['inbound', 'outbound']);
export type Direction = z.infer<typeof Direction>;

const boundedId = z.string().trim().min(1).max(MAX_ID_CHARS);
// Dates the database can store (issue 14): a year-0 date would fail its batch on every retry.
const isoDateTime = storableDateTime;
const isoDate = storableDate;

/**
 * What the message is. A photo, sticker, voice note or file is a guest message like any text:
 * it is captured with its kind and `mediaPlaceholder(kind)` (plus any caption) as its text.
 */
export const MessageKind = z.enum([
  'text',
  'photo',
  'video',
  'sticker',
  'voice',
  'file',
  'location',
  'contact',
  'other',
]);
export type MessageKind = z.infer<typeof MessageKind>;

const PLACEHOLDERS: Record<Exclude<MessageKind, 'text'>, string> = {
  photo: '[Photo]',
  video: '[Video]',
  sticker: '[Sticker]',
  voice: '[Voice message]',
  file: '[File]',
  location: '[Location]',
  contact: '[Contact card]',
  other: '[Attachment]',
};

/** The readable text of a message without text, with its caption when it has one. */
export function mediaPlaceholder(kind: Exclude<MessageKind, 'text'>, caption?: string): string {
  const trimmed = caption?.trim();
  return trimmed ? `${PLACEHOLDERS[kind]} ${trimmed}` : PLACEHOLDERS[kind];
}

export const StayDates = z.object({ checkIn: isoDate, checkOut: isoDate });
export type StayDates = z.infer<typeof StayDates>;

/** Who can read a message: a comment or a review is public, a chat private (absent = private). */
export const Visibility = z.enum(['public', 'private']);
export type Visibility = z.infer<typeof Visibility>;

/** Where a public contact was written (issue 11). */
export const PublicSource = z.enum([
  'instagram_comment',
  'facebook_comment',
  'google_review',
  'tripadvisor_review',
  'booking_review',
  'holidaycheck_review',
]);
export type PublicSource = z.infer<typeof PublicSource>;

/** A review's rating on its own scale: 1-5 stars (Google, TripAdvisor), 1-10 (Booking.com). */
export const PublicRating = z
  .object({
    value: z.number().min(0).max(10),
    outOf: z.union([z.literal(5), z.literal(6), z.literal(10)]),
  })
  .refine((rating) => rating.value <= rating.outOf, { message: 'a rating is at most its scale' });
export type PublicRating = z.infer<typeof PublicRating>;

export const CapturedMessage = z.object({
  channel: Channel,
  /** The platform's own conversation id (Gmail thread id, WhatsApp chat id, ...). */
  conversationId: boundedId,
  /** Stable across re-renders, scrolling and reloads: the platform's id or one derived from content. */
  platformMessageId: boundedId,
  direction: Direction,
  senderName: z.string().max(MAX_NAME_CHARS).optional(),
  /** Phone number or e-mail address when the page shows one. */
  senderHandle: z.string().max(MAX_NAME_CHARS).optional(),
  /** When the platform says the message was sent; the capture time when the page shows none. */
  sentAt: isoDateTime,
  capturedAt: isoDateTime,
  text: z.string().max(MAX_TEXT_CHARS),
  /** Absent means text. */
  kind: MessageKind.optional(),
  conversationTitle: z.string().max(MAX_NAME_CHARS).optional(),
  /** A URL that reopens this conversation in the platform page. */
  conversationUrl: z
    .url({ protocol: /^https?$/ })
    .max(MAX_URL_CHARS)
    .optional(),
  reservationNumber: z.string().max(MAX_NAME_CHARS).optional(),
  stay: StayDates.optional(),
  guestName: z.string().max(MAX_NAME_CHARS).optional(),
  // Added with issue 3. Outbound messages only: the reply template the agent inserted with Konuk
  // before sending, so the API knows a closing message asked the 1-5 question without reading it.
  templateId: z.string().max(100).optional(),
  templateKind: TemplateKind.optional(),
  // Added with issue 11: a public comment or review (all optional; absent means private).
  visibility: Visibility.optional(),
  publicSource: PublicSource.optional(),
  rating: PublicRating.optional(),
  /** The month of the stay when the page names no days ("Date of stay: October 2026"): YYYY-MM. */
  stayMonth: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional(),
  /** The link back to the comment or review itself (the conversation URL may be a list page). */
  publicUrl: z
    .url({ protocol: /^https$/ })
    .max(MAX_URL_CHARS)
    .optional(),
});
export type CapturedMessage = z.infer<typeof CapturedMessage>;

/**
 * A key's part with its separator escaped, so an id containing "|" can never make another
 * conversation's key (ids without "|" or "%" keep the form they always had).
 */
function keyPart(value: string): string {
  return value.replace(/%/g, '%25').replace(/\|/g, '%7C');
}

/**
 * The idempotency key of a message: the same platform message always yields the same key, in
 * every browser and after every reload, so at-least-once delivery has an exactly-once effect.
 */
export function messageKey(
  m: Pick<CapturedMessage, 'channel' | 'conversationId' | 'platformMessageId'>,
): string {
  return `${m.channel}|${keyPart(m.conversationId)}|${keyPart(m.platformMessageId)}`;
}

export function conversationKey(m: { channel: string; conversationId: string }): string {
  return `${m.channel}|${keyPart(m.conversationId)}`;
}
