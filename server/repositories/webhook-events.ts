// The transactional outbox of the webhooks: each hook runs inside the transaction that made the
// change and queues one delivery per subscribed webhook, so a delivery exists exactly when its
// change was committed. A hotel without webhooks costs one indexed read per hook.
//
// Hooks (one line each where the change happens):
//   apply-ticket-changes.ts → announceTicketChanges: ticket.created, ticket.updated, ticket.closed
//   ingest-repository.ts    → announceLoggedMessages: message.logged
//   escalation-sweep.ts     → announceSlaBreaches: sla.breached
import { randomUUID } from 'node:crypto';
import type { Ticket } from '../../shared/ticket.ts';
import type { WebhookEventType } from '../../shared/webhook-contract.ts';
import type { Database, Queryable } from '../db/database.ts';
import type { TicketChange } from './apply-ticket-changes.ts';
import { messagesByIds, ticketsByIds } from './ticket-repository.ts';

export interface QueuedEvent {
  type: WebhookEventType;
  /** What the event is about; an event with a key already queued for a webhook is not queued again. */
  key: string;
  data: unknown;
}

// Within the transaction that queued it, the same key takes the later state (a ticket settled
// after its change was announced); once committed, a delivery is never rewritten.
const QUEUE = `
  insert into webhook_deliveries (hotel_id, webhook_id, event_id, event, dedupe_key, body, next_attempt_at, created_at)
  select $1, w.id, e.event_id, e.event, e.dedupe_key, e.body, $3, $3
    from jsonb_to_recordset($2::jsonb) as e (event_id uuid, event text, dedupe_key text, body text)
    join webhooks w on w.hotel_id = $1 and w.active and e.event = any(w.events)
  on conflict (webhook_id, dedupe_key) do update
     set body = excluded.body, event_id = excluded.event_id
   where webhook_deliveries.enqueued_tx = txid_current()`;

async function subscribedEvents(tx: Queryable, hotelId: string): Promise<Set<WebhookEventType>> {
  const rows = await tx.query<{ event: WebhookEventType }>(
    'select distinct unnest(events) as event from webhooks where hotel_id = $1 and active',
    [hotelId],
  );
  return new Set(rows.map((row) => row.event));
}

export async function queueWebhookEvents(
  tx: Queryable,
  hotelId: string,
  events: readonly QueuedEvent[],
  now: string,
): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((event) => {
    const id = randomUUID();
    const body = JSON.stringify({ id, type: event.type, hotelId, occurredAt: now, data: event.data });
    return { event_id: id, event: event.type, dedupe_key: event.key, body };
  });
  await tx.query(QUEUE, [hotelId, JSON.stringify(rows), now]);
}

/** After applyTicketChanges wrote `tickets`: created, updated (once per transaction) and closed. */
export async function announceTicketChanges(
  tx: Queryable,
  hotelId: string,
  changes: readonly TicketChange[],
  tickets: readonly Ticket[],
  now: string,
): Promise<void> {
  const subscribed = await subscribedEvents(tx, hotelId);
  if (subscribed.size === 0 || tickets.length === 0) return;
  const [{ tx: transaction } = { tx: '' }] = await tx.query<{ tx: string }>(
    'select txid_current()::text as tx',
  );
  const opened = new Set(changes.filter((change) => change.opened).map((change) => change.ticketId));
  const events: QueuedEvent[] = tickets.flatMap((ticket): QueuedEvent[] => {
    const created = opened.has(ticket.id) || ticket.createdAt === now;
    const change: QueuedEvent = created
      ? { type: 'ticket.created', key: `ticket.created:${ticket.id}`, data: { ticket } }
      : { type: 'ticket.updated', key: `ticket.updated:${ticket.id}:${transaction}`, data: { ticket } };
    const closed = ticket.status === 'closed' && ticket.closedAt === now;
    return closed
      ? [
          change,
          { type: 'ticket.closed', key: `ticket.closed:${ticket.id}:${ticket.closedAt}`, data: { ticket } },
        ]
      : [change];
  });
  await queueWebhookEvents(
    tx,
    hotelId,
    events.filter((event) => subscribed.has(event.type)),
    now,
  );
}

/** After an ingest stored new messages: one message.logged each, with its ticket's record number. */
export async function announceLoggedMessages(
  tx: Queryable,
  hotelId: string,
  stored: readonly { id: string }[],
  now: string,
): Promise<void> {
  if (stored.length === 0 || !(await subscribedEvents(tx, hotelId)).has('message.logged')) return;
  const messages = await messagesByIds(
    tx,
    hotelId,
    stored.map((m) => m.id),
  );
  const ticketIds = [...new Set(messages.flatMap((m) => (m.ticketId ? [m.ticketId] : [])))];
  const numbers = new Map((await ticketsByIds(tx, hotelId, ticketIds)).map((t) => [t.id, t.recordNumber]));
  const events = messages.map((message): QueuedEvent => ({
    type: 'message.logged',
    key: `message.logged:${message.id}`,
    data: { message, recordNumber: message.ticketId ? (numbers.get(message.ticketId) ?? null) : null },
  }));
  await queueWebhookEvents(tx, hotelId, events, now);
}

/**
 * Tickets whose shown SLA clock passed its due time unmet and running, once per clock and due
 * time. Breaches from before a webhook was registered are not sent to it.
 */
const BREACHED = `
  select distinct t.hotel_id, t.id
    from webhooks w
    join tickets t on t.hotel_id = w.hotel_id and t.status <> 'closed'
   where w.active and 'sla.breached' = any(w.events) and ($2::uuid is null or w.hotel_id = $2)
     and t.sla ->> 'metAt' is null and t.sla ->> 'pausedAt' is null
     and (t.sla ->> 'dueAt')::timestamptz <= $1 and (t.sla ->> 'dueAt')::timestamptz >= w.created_at
     and not exists (select 1 from webhook_deliveries d
                      where d.webhook_id = w.id
                        and d.dedupe_key = 'sla.breached:' || t.id || ':' || (t.sla ->> 'kind') || ':' || (t.sla ->> 'dueAt'))`;

export async function announceSlaBreaches(db: Database, now: Date, hotelId?: string): Promise<number> {
  const at = now.toISOString();
  const rows = await db.query<{ hotel_id: string; id: string }>(BREACHED, [at, hotelId ?? null]);
  const byHotel = new Map<string, string[]>();
  for (const row of rows) byHotel.set(row.hotel_id, [...(byHotel.get(row.hotel_id) ?? []), row.id]);
  for (const [hotel, ids] of byHotel) {
    await db.transaction(async (tx) => {
      // Read again in the transaction: a reply may have met the clock since.
      const tickets = (await ticketsByIds(tx, hotel, ids)).filter(
        ({ sla, status }) =>
          status !== 'closed' &&
          sla.metAt === null &&
          sla.pausedAt === null &&
          Date.parse(sla.dueAt) <= now.getTime(),
      );
      const events = tickets.map((ticket): QueuedEvent => ({
        type: 'sla.breached',
        key: `sla.breached:${ticket.id}:${ticket.sla.kind}:${ticket.sla.dueAt}`,
        data: { ticket, clock: ticket.sla },
      }));
      await queueWebhookEvents(tx, hotel, events, at);
    });
  }
  return rows.length;
}
