// What webhooks cost (issue 9): ingest time per batch for a hotel without webhooks and for one
// subscribed to every event (the outbox rows are written in the ingest's transaction), then how
// fast one worker drains the queue to a receiver on 127.0.0.1. PGlite and PostgreSQL. Bounded:
// BATCHES batches per scenario and DRAIN_LIMIT_MS of draining.
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Database } from '../server/db/database.ts';
import { openMemoryDatabase, openPostgresInFreshSchema } from '../server/db/test-databases.ts';
import { ingestBatch } from '../server/repositories/ingest-repository.ts';
import { createAgent, createHotel } from '../server/repositories/tenant-repository.ts';
import { createWebhook } from '../server/repositories/webhook-repository.ts';
import { WebhookWorker } from '../server/services/webhook-worker.ts';
import type { CapturedMessage } from '../shared/message.ts';
import { WEBHOOK_EVENTS } from '../shared/webhook-contract.ts';

const BATCHES = 20;
const BATCH_SIZE = 100;
const DRAIN_LIMIT_MS = 15_000;
const RESULTS = new URL('./results/', import.meta.url);

function batch(index: number): CapturedMessage[] {
  return Array.from({ length: BATCH_SIZE }, (_, m) => {
    const sentAt = new Date(Date.UTC(2026, 6, 1, 8) + (index * BATCH_SIZE + m) * 30_000).toISOString();
    return {
      channel: 'whatsapp',
      conversationId: `+90 5${String((index * 10 + (m % 10)) % 500).padStart(9, '0')}`,
      platformMessageId: `b${index}-m${m}`,
      direction: m % 2 === 0 ? 'inbound' : 'outbound',
      senderName: m % 2 === 0 ? 'Guest' : 'Front Office',
      sentAt,
      capturedAt: sentAt,
      text: m % 2 === 0 ? 'Hello, is the spa open tomorrow morning?' : 'Yes, from 9 to 21.',
    };
  });
}

async function ingestMs(db: Database, subscribed: boolean, url: string): Promise<number> {
  const hotel = await createHotel(db, { name: subscribed ? 'With webhooks' : 'Without webhooks' });
  const agent = await createAgent(db, { hotelId: hotel.id, name: 'Bench' });
  if (subscribed) {
    const now = new Date().toISOString();
    await createWebhook(db, {
      id: crypto.randomUUID(),
      hotelId: hotel.id,
      agentId: agent.id,
      secret: 's',
      now,
      url,
      events: [...WEBHOOK_EVENTS],
    });
  }
  const input = { hotelId: hotel.id, agentId: agent.id, timeZone: hotel.timeZone };
  await ingestBatch(db, { ...input, messages: batch(BATCHES) }); // warm-up
  const started = performance.now();
  for (let i = 0; i < BATCHES; i++) await ingestBatch(db, { ...input, messages: batch(i) });
  return (performance.now() - started) / BATCHES;
}

async function scenario(open: () => Promise<Database>, url: string) {
  const db = await open();
  try {
    const plain = await ingestMs(db, false, url);
    const withWebhooks = await ingestMs(db, true, url);
    const [queued] = await db.query<{ n: number }>('select count(*)::int as n from webhook_deliveries');
    const worker = new WebhookWorker(db, { batchSize: 20 });
    const started = performance.now();
    let sent = 0;
    while (performance.now() - started < DRAIN_LIMIT_MS) {
      const round = await worker.runOnce();
      if (round === 0) break;
      sent += round;
    }
    const seconds = (performance.now() - started) / 1000;
    return {
      database: db.kind,
      batchSize: BATCH_SIZE,
      ingestMsPerBatch: { withoutWebhooks: Math.round(plain), withEveryEvent: Math.round(withWebhooks) },
      deliveriesQueued: queued!.n,
      deliveriesSent: sent,
      deliveriesPerSecond: Math.round(sent / seconds),
    };
  } finally {
    await db.close();
  }
}

export async function run(): Promise<void> {
  const receiver = createServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(200).end());
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const loadBefore = loadavg()[0]!;
  try {
    const results = [
      await scenario(openMemoryDatabase, url),
      await scenario(() => openPostgresInFreshSchema(), url),
    ];
    console.table(results.map(({ ingestMsPerBatch, ...rest }) => ({ ...rest, ...ingestMsPerBatch })));
    await mkdir(RESULTS, { recursive: true });
    await writeFile(
      new URL('webhooks.json', RESULTS),
      `${JSON.stringify({ measuredAt: new Date().toISOString(), loadAverage1m: loadBefore, results }, null, 2)}\n`,
    );
  } finally {
    receiver.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
