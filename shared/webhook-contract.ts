// Webhooks (issue 9): a hotel's coordinators and supervisors register URLs that Konuk POSTs to
// when something happens. Each delivery is JSON (WebhookEventBody) signed with the webhook's
// secret: `Konuk-Signature: sha256=<hex HMAC-SHA256 of the raw body>`. The event `id` stays the
// same across retries, so a receiver de-duplicates on it (a delivery may come twice if the
// receiver's answer was lost; never twice at the same time).
//
// GET /v1/webhooks; POST /v1/webhooks (the secret is in this answer only); PATCH and DELETE
// /v1/webhooks/:id; GET /v1/webhooks/:id/deliveries: the delivery log, newest first.
import { z } from 'zod';
import { MAX_NAME_CHARS, MAX_PAGE_SIZE, MAX_URL_CHARS } from './limits.ts';
import { SlaClock } from './sla-clock.ts';
import { StoredMessage, Ticket } from './ticket.ts';
import { storableStrings } from './storable-values.ts';

const isoDateTime = z.iso.datetime({ offset: true });

export const WEBHOOK_EVENTS = [
  'ticket.created',
  'ticket.updated',
  'ticket.closed',
  'message.logged',
  'sla.breached',
] as const;
export const WebhookEventType = z.enum(WEBHOOK_EVENTS);
export type WebhookEventType = z.infer<typeof WebhookEventType>;

/** The header that carries the signature, and its scheme prefix. */
export const SIGNATURE_HEADER = 'Konuk-Signature';
export const SIGNATURE_PREFIX = 'sha256=';

const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Why a URL cannot receive webhooks, or null when it can: only http(s), no user name or password
 * in it; in production only https, except to the API's own machine (loopback), where a local relay
 * may listen.
 */
export function webhookUrlProblem(value: string, production: boolean): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not a URL (write it as https://example.com/konuk)';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return 'only http and https URLs can receive webhooks';
  if (url.username || url.password) return 'a webhook URL cannot carry a user name or password';
  if (production && url.protocol === 'http:' && !LOOPBACK_HOST.test(url.hostname)) {
    return 'must be https (plain http only to this machine: localhost, 127.0.0.1, [::1])';
  }
  return null;
}

const WebhookUrl = z.string().trim().min(1).max(MAX_URL_CHARS);
const Events = z
  .array(WebhookEventType)
  .min(1, 'choose at least one event')
  .max(WEBHOOK_EVENTS.length)
  .transform((events) => [...new Set(events)]);

export const WebhookCreateRequest = storableStrings(
  z
    .object({
      url: WebhookUrl,
      events: Events,
      description: z.string().trim().min(1).max(MAX_NAME_CHARS).optional(),
    })
    .strict(),
);
export type WebhookCreateRequest = z.infer<typeof WebhookCreateRequest>;

export const WebhookUpdateRequest = storableStrings(
  z
    .object({
      url: WebhookUrl.optional(),
      events: Events.optional(),
      description: z.string().trim().max(MAX_NAME_CHARS).nullable().optional(),
      /** A paused webhook keeps its pending deliveries and gets no new events until resumed. */
      active: z.boolean().optional(),
    })
    .strict()
    .refine((update) => Object.keys(update).length > 0, {
      message: 'send at least one of url, events, description, active',
    }),
);
export type WebhookUpdateRequest = z.infer<typeof WebhookUpdateRequest>;

export const WebhookInfo = z.object({
  id: z.uuid(),
  url: z.string(),
  events: z.array(WebhookEventType),
  description: z.string().nullable(),
  active: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Deliveries waiting for their next attempt, and those that gave up. */
  pending: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
});
export type WebhookInfo = z.infer<typeof WebhookInfo>;

export const WebhookListResponse = z.object({ webhooks: z.array(WebhookInfo) });
export type WebhookListResponse = z.infer<typeof WebhookListResponse>;

export const WebhookCreateResponse = z.object({
  webhook: WebhookInfo,
  /** Signs every delivery; shown in this answer only. */
  secret: z.string(),
});
export type WebhookCreateResponse = z.infer<typeof WebhookCreateResponse>;

export const DeliveryStatus = z.enum(['pending', 'delivered', 'failed']);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

export const WebhookDelivery = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  event: WebhookEventType,
  status: DeliveryStatus,
  attempts: z.number().int().nonnegative(),
  /** The receiver's HTTP status on the last attempt; null when it did not answer. */
  lastStatusCode: z.number().int().nullable(),
  /** Why the last attempt failed (a status, a timeout, a refused connection). */
  lastError: z.string().nullable(),
  createdAt: isoDateTime,
  lastAttemptAt: isoDateTime.nullable(),
  nextAttemptAt: isoDateTime.nullable(),
  deliveredAt: isoDateTime.nullable(),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const DeliveryListQuery = z.object({
  status: DeliveryStatus.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});
export type DeliveryListQuery = z.infer<typeof DeliveryListQuery>;

export const DeliveryListResponse = z.object({ deliveries: z.array(WebhookDelivery) });
export type DeliveryListResponse = z.infer<typeof DeliveryListResponse>;

/** What each event carries in `data`. */
export const WebhookEventData = {
  'ticket.created': z.object({ ticket: Ticket }),
  'ticket.updated': z.object({ ticket: Ticket }),
  'ticket.closed': z.object({ ticket: Ticket }),
  'message.logged': z.object({ message: StoredMessage, recordNumber: z.string().nullable() }),
  'sla.breached': z.object({ ticket: Ticket, clock: SlaClock }),
} satisfies Record<WebhookEventType, z.ZodType>;

/** The body of every delivery. */
export function webhookEventBody<E extends WebhookEventType>(type: E) {
  return z.object({
    /** The same on every attempt: de-duplicate on it. */
    id: z.uuid(),
    type: z.literal(type),
    hotelId: z.uuid(),
    /** When the change happened (the transaction that made it). */
    occurredAt: isoDateTime,
    data: WebhookEventData[type],
  });
}
