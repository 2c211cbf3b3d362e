// Messages per second through POST /v1/messages/batch on a listening server (loopback), batches
// of 500, with 1 and 20 concurrent clients, on PGlite and on PostgreSQL (a fresh schema).
// Bounded: each scenario stops after MAX_BATCHES batches or TIME_LIMIT_MS, whichever is first.
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { buildApp } from '../server/app.ts';
import type { Database } from '../server/db/database.ts';
import { openMemoryDatabase, openPostgresInFreshSchema } from '../server/db/test-databases.ts';
import { createAgent, createHotel, saveToken } from '../server/repositories/tenant-repository.ts';
import { generateToken } from '../server/services/api-tokens.ts';
import type { CapturedMessage } from '../shared/message.ts';

const BATCH_SIZE = 500;
const CONVERSATIONS_PER_BATCH = 25;
const CONVERSATION_POOL = 1_000;
const MAX_BATCHES = 80;
const TIME_LIMIT_MS = 20_000;
const CLIENT_COUNTS = [1, 20] as const;
const RESULTS = new URL('./results/', import.meta.url);

interface ScenarioResult {
  database: Database['kind'];
  clients: number;
  batches: number;
  messages: number;
  seconds: number;
  messagesPerSecond: number;
  batchLatencyMs: { p50: number; p95: number; max: number };
}

const GUEST_LINES = [
  'Merhaba, transfer saatini öğrenebilir miyim? Uçağımız 14:30’da iniyor.',
  'Hello, could we get a late checkout tomorrow? Our flight is in the evening.',
  'Guten Tag, ist es möglich, ein Zimmer mit Meerblick zu bekommen? Wir feiern unseren Jahrestag.',
  'Здравствуйте, в номере не работает кондиционер, можно прислать техника?',
];

/** Batch `index`: 25 conversations of 20 messages each, guest and staff turns alternating. */
function batchBody(index: number): string {
  const messages: CapturedMessage[] = [];
  const perConversation = BATCH_SIZE / CONVERSATIONS_PER_BATCH;
  for (let c = 0; c < CONVERSATIONS_PER_BATCH; c++) {
    // Later rounds come back to the same conversations, so batches both open and join tickets.
    const conversation = (index * CONVERSATIONS_PER_BATCH + c) % CONVERSATION_POOL;
    for (let m = 0; m < perConversation; m++) {
      const sentAt = new Date(Date.UTC(2026, 6, 1, 8) + (index * perConversation + m) * 30_000);
      messages.push({
        channel: 'whatsapp',
        conversationId: `+90 5${String(conversation).padStart(9, '0')}`,
        platformMessageId: `b${index}-c${c}-m${m}`,
        direction: m % 2 === 0 ? 'inbound' : 'outbound',
        senderName: m % 2 === 0 ? `Guest ${conversation}` : 'Front Office',
        sentAt: sentAt.toISOString(),
        capturedAt: new Date(sentAt.getTime() + 1_000).toISOString(),
        text: GUEST_LINES[(index + c + m) % GUEST_LINES.length]!,
        conversationTitle: `Guest ${conversation}`,
      });
    }
  }
  return JSON.stringify({ messages });
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

async function scenario(open: () => Promise<Database>, clients: number): Promise<ScenarioResult> {
  const db = await open();
  const app = await buildApp({ db });
  try {
    const hotel = await createHotel(db, { name: 'Bench Hotel' });
    const agent = await createAgent(db, { hotelId: hotel.id, name: 'Bench Agent' });
    const token = generateToken();
    await saveToken(db, agent.id, token);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/v1/messages/batch`;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const send = async (body: string) => {
      const response = await fetch(url, { method: 'POST', headers, body });
      if (response.status !== 200)
        throw new Error(`ingest answered ${response.status}: ${await response.text()}`);
      await response.arrayBuffer();
    };

    await send(batchBody(MAX_BATCHES)); // warm-up, not counted
    const bodies = Array.from({ length: MAX_BATCHES }, (_, i) => batchBody(i));
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    const deadline = started + TIME_LIMIT_MS;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (next < bodies.length && performance.now() < deadline) {
          const body = bodies[next++]!;
          const sent = performance.now();
          await send(body);
          latencies.push(performance.now() - sent);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const messages = latencies.length * BATCH_SIZE;
    const [stored] = await db.query<{ n: number }>('select count(*)::int as n from messages');
    if (stored!.n !== messages + BATCH_SIZE)
      throw new Error(`stored ${stored!.n} messages, sent ${messages}`);
    latencies.sort((a, b) => a - b);
    return {
      database: db.kind,
      clients,
      batches: latencies.length,
      messages,
      seconds: Number(seconds.toFixed(2)),
      messagesPerSecond: Math.round(messages / seconds),
      batchLatencyMs: {
        p50: Math.round(percentile(latencies, 0.5)),
        p95: Math.round(percentile(latencies, 0.95)),
        max: Math.round(latencies.at(-1) ?? 0),
      },
    };
  } finally {
    await app.close();
    await db.close();
  }
}

export async function run(): Promise<void> {
  const databases: [string, () => Promise<Database>][] = [
    ['pglite', openMemoryDatabase],
    ['postgres', () => openPostgresInFreshSchema(undefined, { maxConnections: 20 })],
  ];
  // Other work on this 2-core machine moves these figures; the load is recorded beside them.
  const loadBefore = loadavg()[0]!;
  const results: ScenarioResult[] = [];
  for (const [, open] of databases) {
    for (const clients of CLIENT_COUNTS) results.push(await scenario(open, clients));
  }
  console.table(
    results.map((r) => ({
      database: r.database,
      clients: r.clients,
      messages: r.messages,
      seconds: r.seconds,
      'messages/s': r.messagesPerSecond,
      'batch p50 ms': r.batchLatencyMs.p50,
      'batch p95 ms': r.batchLatencyMs.p95,
    })),
  );
  await mkdir(RESULTS, { recursive: true });
  await writeFile(
    new URL('api-ingest.json', RESULTS),
    `${JSON.stringify({ batchSize: BATCH_SIZE, measuredAt: new Date().toISOString(), loadAverage1m: loadBefore, results }, null, 2)}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
