// The webhook delivery queue as workers and the delivery log see it. A worker claims due rows
// with `for update skip locked` and leases them (attempts counted at the claim), sends them
// outside any transaction, then records the outcome only while it still holds the lease.
import type { DeliveryListQuery, WebhookDelivery, WebhookEventType } from '../../shared/webhook-contract.ts';
import type { Queryable } from '../db/database.ts';

export interface ClaimedDelivery {
  id: string;
  leaseId: string;
  eventId: string;
  event: WebhookEventType;
  body: string;
  /** This attempt's number, from 1. */
  attempt: number;
  url: string;
  secret: string;
}

const CLAIM = `
  with due as (
    select d.id from webhook_deliveries d
     where d.status = 'pending' and d.next_attempt_at <= $1
       and (d.leased_until is null or d.leased_until <= $1)
       and exists (select 1 from webhooks w where w.id = d.webhook_id and w.active)
     order by d.next_attempt_at, d.created_at
     limit $2
     for update of d skip locked
  )
  update webhook_deliveries d
     set leased_until = $3, lease_id = $4, attempts = d.attempts + 1, last_attempt_at = $1
    from due, webhooks w
   where d.id = due.id and w.id = d.webhook_id
  returning d.id, d.event_id, d.event, d.body, d.attempts, w.url, w.secret`;

/** Leases up to `limit` due deliveries to this worker until `leasedUntil`. */
export async function claimDueDeliveries(
  db: Queryable,
  { now, limit, leasedUntil, leaseId }: { now: string; limit: number; leasedUntil: string; leaseId: string },
): Promise<ClaimedDelivery[]> {
  const rows = await db.query<{
    id: string;
    event_id: string;
    event: WebhookEventType;
    body: string;
    attempts: number;
    url: string;
    secret: string;
  }>(CLAIM, [now, limit, leasedUntil, leaseId]);
  return rows.map((row) => ({
    id: row.id,
    leaseId,
    eventId: row.event_id,
    event: row.event,
    body: row.body,
    attempt: row.attempts,
    url: row.url,
    secret: row.secret,
  }));
}

export type DeliveryOutcome =
  | { delivered: true; statusCode: number; at: string }
  | { delivered: false; statusCode: number | null; error: string; at: string; retryAt: string | null };

/** Records an attempt's outcome; false when the lease was lost (another worker owns it now). */
export async function recordDeliveryOutcome(
  db: Queryable,
  delivery: Pick<ClaimedDelivery, 'id' | 'leaseId'>,
  outcome: DeliveryOutcome,
): Promise<boolean> {
  const rows = await db.query(
    `update webhook_deliveries
        set status = $3, last_status_code = $4, last_error = $5, delivered_at = $6,
            next_attempt_at = coalesce($7, next_attempt_at), leased_until = null, lease_id = null
      where id = $1 and lease_id = $2
      returning id`,
    outcome.delivered
      ? [delivery.id, delivery.leaseId, 'delivered', outcome.statusCode, null, outcome.at, null]
      : [
          delivery.id,
          delivery.leaseId,
          outcome.retryAt ? 'pending' : 'failed',
          outcome.statusCode,
          outcome.error,
          null,
          outcome.retryAt,
        ],
  );
  return rows.length > 0;
}

interface DeliveryRow {
  id: string;
  event_id: string;
  event: WebhookEventType;
  status: WebhookDelivery['status'];
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  created_at: string;
  last_attempt_at: string | null;
  next_attempt_at: string;
  delivered_at: string | null;
}

/** One webhook's delivery log, newest first; null when the hotel has no such webhook. */
export async function listDeliveries(
  db: Queryable,
  hotelId: string,
  webhookId: string,
  query: DeliveryListQuery,
): Promise<WebhookDelivery[] | null> {
  const [owned] = await db.query('select 1 from webhooks where hotel_id = $1 and id = $2', [
    hotelId,
    webhookId,
  ]);
  if (!owned) return null;
  const rows = await db.query<DeliveryRow>(
    `select id, event_id, event, status, attempts, last_status_code, last_error, created_at,
            last_attempt_at, next_attempt_at, delivered_at
       from webhook_deliveries
      where hotel_id = $1 and webhook_id = $2 and ($3::text is null or status = $3)
      order by created_at desc, id
      limit $4`,
    [hotelId, webhookId, query.status ?? null, query.limit],
  );
  return rows.map((row) => ({
    id: row.id,
    eventId: row.event_id,
    event: row.event,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    createdAt: row.created_at,
    lastAttemptAt: row.last_attempt_at,
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
    deliveredAt: row.delivered_at,
  }));
}
