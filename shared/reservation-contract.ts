// Post-stay follow-up (issue 9). A hotel uploads its reservation list as CSV (reservation-csv.ts);
// stay dates also come from the OTA pages (tickets carry them). Guests who checked out 24 to 48
// hours ago (check-out taken as noon in the hotel's time zone) are "thank-you due": the agent
// sends the post-stay template, filled in the guest's language, on the channel shown, and the
// guest's 1-5 answer lands on their ticket as its CSAT, like the answer to a closing message.
//
// POST /v1/reservations/import {csv} (coordinators and supervisors): re-uploading updates by
// reservation number. GET /v1/queues/thank-you-due; POST /v1/queues/thank-you-due/sent {stayKey}.
import { z } from 'zod';
import { MAX_BODY_BYTES, MAX_NAME_CHARS } from './limits.ts';
import { Channel, Language } from './taxonomy.ts';
import { addDays, instantOf, type LocalDate } from './zoned-time.ts';

const isoDateTime = z.iso.datetime({ offset: true });

export const ReservationImportRequest = z
  .object({
    /** The file's text (UTF-8); a header row, then one reservation per row. */
    csv: z.string().min(1).max(MAX_BODY_BYTES),
  })
  .strict();
export type ReservationImportRequest = z.infer<typeof ReservationImportRequest>;

export const RowProblem = z.object({ line: z.number().int().positive(), reasons: z.array(z.string()) });

export const ReservationImportResponse = z.object({
  /** Rows stored as new reservations, and rows that updated one uploaded before. */
  created: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  /** Rows left out, each with why. */
  problems: z.array(RowProblem),
});
export type ReservationImportResponse = z.infer<typeof ReservationImportResponse>;

/** Check-out is taken as noon, the usual hour, in the hotel's time zone. */
export const CHECK_OUT_MINUTE = 12 * 60;
const HOUR_MS = 60 * 60_000;
export const THANK_YOU_FROM_MS = 24 * HOUR_MS;
export const THANK_YOU_UNTIL_MS = 48 * HOUR_MS;

function localDate(isoDate: string): LocalDate {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** Whether a guest who checks out on `checkOut` (YYYY-MM-DD) is due a thank-you at `nowMs`. */
export function thankYouDue(checkOut: string, nowMs: number, timeZone: string): boolean {
  const since = nowMs - instantOf(timeZone, localDate(checkOut), CHECK_OUT_MINUTE);
  return since >= THANK_YOU_FROM_MS && since < THANK_YOU_UNTIL_MS;
}

/** The check-out dates that can be due at `nowMs` (a superset, for an indexed lookup). */
export function dueCheckOutDates(todayLocal: LocalDate): LocalDate[] {
  return [1, 2, 3].map((days) => addDays(todayLocal, -days));
}

export const ThankYouDueItem = z.object({
  /** What a "sent" mark is kept under: `reservation:<number>`, else `ticket:<id>`. */
  stayKey: z.string(),
  guestName: z.string().nullable(),
  reservationNumber: z.string().nullable(),
  checkIn: z.iso.date().nullable(),
  checkOut: z.iso.date(),
  language: Language,
  /** Where to send it: the channel the guest wrote on, else WhatsApp or e-mail from the reservation. */
  channel: Channel.nullable(),
  /** The conversation to answer in, when the guest wrote before on that channel. */
  conversationId: z.string().nullable(),
  conversationUrl: z.string().nullable(),
  /** The phone (E.164) or e-mail address to write to, when the channel comes from the reservation. */
  contact: z.string().nullable(),
  /** The guest's latest ticket: their answer lands on it. */
  recordNumber: z.string().nullable(),
  /** The post-stay template in the guest's language, filled; null when the hotel has none. */
  template: z.object({ id: z.string(), language: Language, text: z.string() }).nullable(),
});
export type ThankYouDueItem = z.infer<typeof ThankYouDueItem>;

export const ThankYouDueResponse = z.object({ items: z.array(ThankYouDueItem) });
export type ThankYouDueResponse = z.infer<typeof ThankYouDueResponse>;

export const ThankYouSentRequest = z.object({ stayKey: z.string().min(1).max(MAX_NAME_CHARS) }).strict();
export type ThankYouSentRequest = z.infer<typeof ThankYouSentRequest>;

export const ThankYouSentResponse = z.object({
  stayKey: z.string(),
  sentAt: isoDateTime,
  /** The ticket the guest's answer will land on, when they have one. */
  recordNumber: z.string().nullable(),
});
export type ThankYouSentResponse = z.infer<typeof ThankYouSentResponse>;
