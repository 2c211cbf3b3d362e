// Sends queued messages to the API in batches until the outbox is empty. A batch the API refuses
// for its content is split until the refused message stands alone, and that one is parked with
// the API's reason: the queue keeps moving and nothing is dropped.
import type { IngestResponse } from '../shared/api-contract.ts';
import type { CapturedMessage } from '../shared/message.ts';
import { MAX_BODY_BYTES } from '../shared/limits.ts';
import type { ApiClient } from './api-client.ts';
import type { KonukDb, OutboxRow } from './db.ts';
import { storeTickets } from './store-tickets.ts';
import type { SyncOutcome } from './sync-outcome.ts';

export const MAX_SYNC_BATCH = 200;
/** Leaves room under the API's body limit for JSON framing and multi-byte characters. */
const MAX_BATCH_BYTES = Math.floor(MAX_BODY_BYTES * 0.75);

interface Pending {
  row: OutboxRow;
  message: CapturedMessage;
}

/** Throws ApiUnavailable when the API cannot take anything; what was delivered stays delivered. */
export async function drainOutbox(db: KonukDb, api: ApiClient, outcome: SyncOutcome): Promise<void> {
  let lastSeq = 0;
  for (;;) {
    const batch = await nextBatch(db, lastSeq);
    if (batch.length === 0) return;
    lastSeq = batch.at(-1)!.row.seq!;
    await deliver(db, api, batch, outcome);
  }
}

/** Queued rows after `afterSeq`, so a round that makes no progress cannot loop forever. */
async function nextBatch(db: KonukDb, afterSeq: number): Promise<Pending[]> {
  const rows = await db.outbox
    .where('[state+seq]')
    .between(['queued', afterSeq + 1], ['queued', Infinity])
    .limit(MAX_SYNC_BATCH)
    .toArray();
  const messages = await db.messages.bulkGet(rows.map((row) => row.key));
  const batch: Pending[] = [];
  let bytes = 0;
  for (const [i, row] of rows.entries()) {
    const message = messages[i]?.message;
    if (!message) continue;
    bytes += new TextEncoder().encode(JSON.stringify(message)).length;
    if (batch.length > 0 && bytes > MAX_BATCH_BYTES) break;
    batch.push({ row, message });
  }
  return batch;
}

async function deliver(db: KonukDb, api: ApiClient, batch: Pending[], outcome: SyncOutcome): Promise<void> {
  const answer = await api.postMessages(batch.map((p) => p.message));
  if (answer.ok) {
    await markSynced(db, batch, answer.body, outcome);
    return;
  }
  if (batch.length === 1) {
    await park(db, batch[0]!.row, answer.rejection.message);
    outcome.parked += 1;
    return;
  }
  const half = Math.ceil(batch.length / 2);
  await deliver(db, api, batch.slice(0, half), outcome);
  await deliver(db, api, batch.slice(half), outcome);
}

async function markSynced(
  db: KonukDb,
  batch: Pending[],
  body: IngestResponse,
  outcome: SyncOutcome,
): Promise<void> {
  const results = new Map(body.results.map((result) => [result.key, result]));
  // A key the API did not answer for stays queued and is sent again (the API is idempotent).
  const answered = batch.filter((p) => results.has(p.row.key));
  const changedTickets = await db.transaction('rw', db.messages, db.outbox, db.tickets, async () => {
    for (const { row } of answered) {
      await db.messages.update(row.key, { logged: 'synced', ticketId: results.get(row.key)!.ticketId });
    }
    await db.outbox.bulkDelete(answered.map((p) => p.row.seq!));
    return storeTickets(db, body.tickets);
  });
  outcome.tickets.push(...changedTickets);
  outcome.syncedKeys.push(...answered.map((p) => p.row.key));
  const unanswered = batch.filter((p) => !results.has(p.row.key)).map((p) => p.row.seq!);
  if (unanswered.length > 0) {
    await db.outbox
      .where('seq')
      .anyOf(unanswered)
      .modify((row) => {
        row.attempts += 1;
      });
  }
}

async function park(db: KonukDb, row: OutboxRow, error: string): Promise<void> {
  await db.outbox.update(row.seq!, { state: 'parked', error, attempts: row.attempts + 1 });
}
