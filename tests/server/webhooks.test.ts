// Webhooks (issue 9): deliveries are queued in the transaction of the change they announce,
// signed with the webhook's secret, retried with backoff, survive a restart, and are never sent
// by two workers at once. Receivers are local HTTP servers on 127.0.0.1; every worker's clock is
// pinned to the queue's own times, never the machine's.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { openPostgres } from '../../server/db/postgres-database.ts';
import { testDatabaseUrl } from '../../server/db/test-databases.ts';
import { escalateDueTickets } from '../../server/repositories/escalation-sweep.ts';
import { claimDueDeliveries } from '../../server/repositories/webhook-delivery-repository.ts';
import { verifyWebhookSignature } from '../../server/services/webhook-signature.ts';
import { RETRY_BASE_MS, WebhookWorker } from '../../server/services/webhook-worker.ts';
import {
  DeliveryListResponse,
  WebhookCreateResponse,
  WebhookListResponse,
  type WebhookEventType,
} from '../../shared/webhook-contract.ts';
import type { ApiClient } from './support/api-client.ts';
import { describeOnEachDatabase } from './support/databases.ts';
import { at, guest } from './support/messages.ts';
import { closeAsDuplicate } from './support/workflow-client.ts';
import { WebhookReceiver } from './support/webhook-receiver.ts';

let receiver: WebhookReceiver;
beforeEach(async () => {
  receiver = await new WebhookReceiver().start();
});
afterEach(() => receiver.stop());

async function register(api: ApiClient, events: WebhookEventType[], url = receiver.url) {
  const response = await api.raw('POST', '/v1/webhooks', { body: { url, events } });
  expect(response.status, JSON.stringify(response.json)).toBe(201);
  return WebhookCreateResponse.parse(response.json);
}

async function deliveries(api: ApiClient, webhookId: string) {
  const response = await api.raw('GET', `/v1/webhooks/${webhookId}/deliveries`);
  expect(response.status).toBe(200);
  return DeliveryListResponse.parse(response.json).deliveries;
}

/** A worker whose clock reads `clock.now`, which the test moves. */
function worker(db: Database, clock: { now: number }, batchSize = 10) {
  return new WebhookWorker(db, { now: () => new Date(clock.now), batchSize, timeoutMs: 5_000 });
}

/** The queue's own time: when its oldest delivery was queued. */
async function queuedAt(db: Database): Promise<number> {
  const [row] = await db.query<{ at: string }>('select min(created_at) as at from webhook_deliveries');
  return Date.parse(row!.at);
}

describeOnEachDatabase('webhooks', (server) => {
  async function hotel() {
    // The queue is the whole database's, as in production: each test starts with it empty.
    await server.db.query('delete from webhook_deliveries');
    const coordinator = await server.tenant({ role: 'coordinator' });
    const frontline = await server.colleague(coordinator.hotelId, 'Deniz', 'frontline');
    return { coordinator: coordinator.api, frontline: frontline.api, hotelId: coordinator.hotelId };
  }

  it('signs each delivery with the webhook’s secret and names its event id', async () => {
    const { coordinator, frontline, hotelId } = await hotel();
    const { secret, webhook } = await register(coordinator, ['ticket.created', 'message.logged']);
    const { tickets } = await frontline.ingest([guest('c1', 'm1', 0, { text: 'Is the spa open?' })]);
    const clock = { now: await queuedAt(server.db) };
    expect(await worker(server.db, clock).runOnce()).toBe(2);

    expect(receiver.received.map((d) => d.json.type).sort()).toEqual(['message.logged', 'ticket.created']);
    for (const delivery of receiver.received) {
      expect(delivery.headers['konuk-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect(
        verifyWebhookSignature(secret, delivery.body, delivery.headers['konuk-signature'] as string),
      ).toBe(true);
      expect(
        verifyWebhookSignature(`${secret}x`, delivery.body, delivery.headers['konuk-signature'] as string),
      ).toBe(false);
      expect(delivery.headers['konuk-event-id']).toBe(delivery.json.id);
      expect(delivery.json.hotelId).toBe(hotelId);
    }
    expect(receiver.ofType('ticket.created')[0]!.json.data.ticket.recordNumber).toBe(
      tickets[0]!.recordNumber,
    );
    expect(receiver.ofType('message.logged')[0]!.json.data).toMatchObject({
      recordNumber: tickets[0]!.recordNumber,
      message: { text: 'Is the spa open?', direction: 'inbound' },
    });
    const log = await deliveries(coordinator, webhook.id);
    expect(log.map((d) => [d.status, d.attempts, d.lastStatusCode])).toEqual([
      ['delivered', 1, 200],
      ['delivered', 1, 200],
    ]);
  });

  it('announces a close once, and nothing for a change that was refused', async () => {
    const { coordinator, frontline, hotelId } = await hotel();
    await register(coordinator, ['ticket.updated', 'ticket.closed']);
    const { recordNumber } = (await frontline.ingest([guest('c1', 'm1', 0)])).tickets[0]!;
    const refused = await frontline.raw('PATCH', `/v1/tickets/${recordNumber}`, {
      body: { status: 'closed' },
    });
    expect(refused.status).toBe(409);
    await closeAsDuplicate(server, hotelId, recordNumber);
    await coordinator.raw('PATCH', `/v1/tickets/${recordNumber}`, {
      body: { status: 'closed', closeReason: 'duplicate' },
    });
    await worker(server.db, { now: (await queuedAt(server.db)) + 60_000 }).runOnce();

    expect(receiver.ofType('ticket.closed').map((d) => d.json.data.ticket.status)).toEqual(['closed']);
    // Closing it again for the same reason is a change (it is in the history), not a second close.
    expect(receiver.ofType('ticket.updated').map((d) => d.json.data.ticket.status)).toEqual([
      'closed',
      'closed',
    ]);
  });

  it('retries with exponential backoff after the receiver answers 500, with the same body', async () => {
    const { coordinator, frontline } = await hotel();
    const { webhook } = await register(coordinator, ['ticket.created']);
    await frontline.ingest([guest('c1', 'm1', 0)]);
    receiver.answer(500, 500);
    const clock = { now: await queuedAt(server.db) };
    const sender = worker(server.db, clock);

    expect(await sender.runOnce()).toBe(1);
    let [log] = await deliveries(coordinator, webhook.id);
    expect(log).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500 });
    expect(log!.lastError).toMatch(/500/);
    expect(Date.parse(log!.nextAttemptAt!)).toBe(clock.now + RETRY_BASE_MS);

    clock.now += RETRY_BASE_MS - 1_000;
    expect(await sender.runOnce()).toBe(0);
    clock.now += 1_000;
    expect(await sender.runOnce()).toBe(1);
    [log] = await deliveries(coordinator, webhook.id);
    expect(Date.parse(log!.nextAttemptAt!)).toBe(clock.now + 2 * RETRY_BASE_MS);

    clock.now += 2 * RETRY_BASE_MS;
    expect(await sender.runOnce()).toBe(1);
    [log] = await deliveries(coordinator, webhook.id);
    expect(log).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 200, lastError: null });
    expect(new Set(receiver.received.map((d) => d.body)).size).toBe(1);
    expect(receiver.received.map((d) => d.headers['konuk-attempt'])).toEqual(['1', '2', '3']);
  });

  it('after a restart mid-queue, delivers every pending event exactly once', async () => {
    const { coordinator, frontline } = await hotel();
    await register(coordinator, ['message.logged']);
    await frontline.ingest([guest('c1', 'm1', 0), guest('c1', 'm2', 1), guest('c1', 'm3', 2)]);
    const clock = { now: await queuedAt(server.db) };
    // The first process claimed one delivery and died before sending it.
    const leaseMs = 60_000;
    await claimDueDeliveries(server.db, {
      now: new Date(clock.now).toISOString(),
      limit: 1,
      leasedUntil: new Date(clock.now + leaseMs).toISOString(),
      leaseId: '00000000-0000-4000-8000-000000000001',
    });
    // The restarted process sends the rest at once, and the claimed one when its lease runs out.
    const restarted = worker(server.db, clock);
    expect(await restarted.runOnce()).toBe(2);
    clock.now += leaseMs;
    expect(await restarted.runOnce()).toBe(1);
    clock.now += 24 * 60 * 60_000;
    expect(await restarted.runOnce()).toBe(0);

    const ids = receiver.received.map((d) => d.json.id);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(receiver.received.map((d) => d.json.data.message.platformMessageId).sort()).toEqual([
      'm1',
      'm2',
      'm3',
    ]);
  });

  it('a second worker (another API process) never sends a delivery the first is sending', async () => {
    const { coordinator, frontline } = await hotel();
    await register(coordinator, ['message.logged']);
    await frontline.ingest([0, 1, 2, 3, 4, 5].map((i) => guest('c1', `m${i}`, i)));
    const clock = { now: await queuedAt(server.db) };
    const schema = (server.db as Database & { schema?: string }).schema;
    const otherProcess = schema ? openPostgres({ url: testDatabaseUrl(), schema }) : server.db;
    try {
      receiver.hold();
      const rounds = [worker(server.db, clock, 3).runOnce(), worker(otherProcess, clock, 3).runOnce()];
      await receiver.receivedAtLeast(6);
      receiver.release();
      expect((await Promise.all(rounds)).reduce((a, b) => a + b)).toBe(6);
      expect(await worker(otherProcess, clock, 3).runOnce()).toBe(0);
    } finally {
      if (otherProcess !== server.db) await otherProcess.close();
    }
    const ids = receiver.received.map((d) => d.json.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  });

  it('announces an SLA breach once per clock, from the escalation sweep', async () => {
    const { coordinator, frontline, hotelId } = await hotel();
    const { webhook } = await register(coordinator, ['sla.breached']);
    await server.db.query('update webhooks set created_at = $2 where id = $1', [webhook.id, at(-60)]);
    const { ticket } = (await frontline.ingest([guest('c1', 'm1', 0)])).tickets.map((t) => ({
      ticket: t,
    }))[0]!;
    await escalateDueTickets(server.db, new Date(Date.parse(ticket.sla.dueAt) - 60_000), hotelId);
    expect(await server.db.query('select 1 from webhook_deliveries')).toHaveLength(0);
    await escalateDueTickets(server.db, new Date(Date.parse(ticket.sla.dueAt) + 60_000), hotelId);
    await escalateDueTickets(server.db, new Date(Date.parse(ticket.sla.dueAt) + 120_000), hotelId);
    await worker(server.db, { now: Date.parse(ticket.sla.dueAt) + 180_000 }).runOnce();

    expect(
      receiver.received.map((d) => [d.json.type, d.json.data.ticket.recordNumber, d.json.data.clock.kind]),
    ).toEqual([['sla.breached', ticket.recordNumber, 'first_response']]);
  });

  it('is for coordinators and supervisors of the hotel; secrets are never listed', async () => {
    const { coordinator, frontline } = await hotel();
    const { webhook, secret } = await register(coordinator, ['ticket.created']);
    const stranger = (await server.tenant({ role: 'supervisor' })).api;

    expect(
      (
        await frontline.raw('POST', '/v1/webhooks', {
          body: { url: receiver.url, events: ['ticket.created'] },
        })
      ).status,
    ).toBe(403);
    expect((await frontline.raw('GET', `/v1/webhooks/${webhook.id}/deliveries`)).status).toBe(403);
    expect(WebhookListResponse.parse((await stranger.raw('GET', '/v1/webhooks')).json).webhooks).toEqual([]);
    expect(
      (await stranger.raw('PATCH', `/v1/webhooks/${webhook.id}`, { body: { active: false } })).status,
    ).toBe(404);
    expect((await stranger.raw('DELETE', `/v1/webhooks/${webhook.id}`)).status).toBe(404);
    expect((await stranger.raw('GET', `/v1/webhooks/${webhook.id}/deliveries`)).status).toBe(404);
    const listed = await coordinator.raw('GET', '/v1/webhooks');
    expect(JSON.stringify(listed.json)).not.toContain(secret);
    expect(WebhookListResponse.parse(listed.json).webhooks).toMatchObject([{ id: webhook.id, active: true }]);

    const ftp = await coordinator.error(
      coordinator.raw('POST', '/v1/webhooks', {
        body: { url: 'ftp://example.com/x', events: ['ticket.created'] },
      }),
    );
    expect(ftp).toMatchObject({ status: 400, body: { issues: [{ path: 'url' }] } });
    expect((await coordinator.raw('DELETE', `/v1/webhooks/${webhook.id}`)).status).toBe(204);
    expect(await server.db.query('select 1 from webhooks where id = $1', [webhook.id])).toHaveLength(0);
  });
});
