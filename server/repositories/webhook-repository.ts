// A hotel's webhooks: registered, listed (never with their secrets), changed, removed. Every
// query is scoped to the hotel, so another hotel's webhook is simply not found.
import type {
  WebhookCreateRequest,
  WebhookEventType,
  WebhookInfo,
  WebhookUpdateRequest,
} from '../../shared/webhook-contract.ts';
import type { Queryable } from '../db/database.ts';

interface WebhookRow {
  id: string;
  url: string;
  events: WebhookEventType[];
  description: string | null;
  active: boolean;
  created_at: string;
  updated_at: string;
  pending: number;
  failed: number;
}

const SELECT_WEBHOOKS = `
  select w.id, w.url, w.events, w.description, w.active, w.created_at, w.updated_at,
         (select count(*)::int from webhook_deliveries d where d.webhook_id = w.id and d.status = 'pending') as pending,
         (select count(*)::int from webhook_deliveries d where d.webhook_id = w.id and d.status = 'failed') as failed
    from webhooks w
   where w.hotel_id = $1`;

const toInfo = (row: WebhookRow): WebhookInfo => ({
  id: row.id,
  url: row.url,
  events: row.events,
  description: row.description,
  active: row.active,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  pending: row.pending,
  failed: row.failed,
});

export async function listWebhooks(db: Queryable, hotelId: string): Promise<WebhookInfo[]> {
  const rows = await db.query<WebhookRow>(`${SELECT_WEBHOOKS} order by w.created_at, w.id`, [hotelId]);
  return rows.map(toInfo);
}

export async function findWebhook(db: Queryable, hotelId: string, id: string): Promise<WebhookInfo | null> {
  const [row] = await db.query<WebhookRow>(`${SELECT_WEBHOOKS} and w.id = $2`, [hotelId, id]);
  return row ? toInfo(row) : null;
}

export async function createWebhook(
  db: Queryable,
  input: { id: string; hotelId: string; agentId: string; secret: string; now: string } & WebhookCreateRequest,
): Promise<WebhookInfo> {
  await db.query(
    `insert into webhooks (id, hotel_id, url, events, secret, description, created_by, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
    [
      input.id,
      input.hotelId,
      input.url,
      input.events,
      input.secret,
      input.description ?? null,
      input.agentId,
      input.now,
    ],
  );
  return (await findWebhook(db, input.hotelId, input.id))!;
}

/** Null when the hotel has no such webhook. */
export async function updateWebhook(
  db: Queryable,
  hotelId: string,
  id: string,
  update: WebhookUpdateRequest,
  now: string,
): Promise<WebhookInfo | null> {
  const [row] = await db.query<{ id: string }>(
    `update webhooks set
        url = coalesce($3, url),
        events = coalesce($4, events),
        description = case when $5 then $6 else description end,
        active = coalesce($7, active),
        updated_at = $8
      where hotel_id = $1 and id = $2
      returning id`,
    [
      hotelId,
      id,
      update.url ?? null,
      update.events ?? null,
      update.description !== undefined,
      update.description || null,
      update.active ?? null,
      now,
    ],
  );
  return row ? findWebhook(db, hotelId, id) : null;
}

/** Removes the webhook and its queue (pending deliveries are not sent). False when not found. */
export async function deleteWebhook(db: Queryable, hotelId: string, id: string): Promise<boolean> {
  const rows = await db.query('delete from webhooks where hotel_id = $1 and id = $2 returning id', [
    hotelId,
    id,
  ]);
  return rows.length > 0;
}
