// Sends queued messages to the API in batches until the outbox is empty. A batch the API refuses
// for its content is split until the refused message stands alone, and that one is parked with
// the API's reason: the queue keeps moving and nothing is dropped. A batch the API fails on
// (HTTP 500) is split the same way: when the rest goes through, the message that alone keeps
// failing is a poison message, parked after a few runs instead of wedging the outbox for ever.
import type { IngestResponse } from '../shared/api-contract.ts';
import type { CapturedMessage } from '../shared/message.ts';
import { MAX_BODY_BYTES } from '../shared/limits.ts';
import { ApiUnavailable, type ApiClient } from './api-client.ts';
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

/** Runs in which the API failed on a message alone while others went through, before it is parked. */
export const POISON_RUNS = 3;
/**
 * Server faults in a row (no batch delivered in between) after which the API counts as down:
 * enough to bisect a full batch down to one message twice over, few enough for a real outage.
 */
const MAX_FAULTS_IN_A_ROW = 2 * Math.ceil(Math.log2(MAX_SYNC_BATCH)) + 4;

/** What one drain learnt about server faults. */
interface FaultLog {
  delivered: number;
  faultsInARow: number;
  /** Messages the API failed on when sent alone, with what it said. */
  suspects: { pending: Pending; reason: string }[];
}

/** Throws ApiUnavailable when the API cannot take anything; what was delivered stays delivered. */
export async function drainOutbox(db: KonukDb, api: ApiClient, outcome: SyncOutcome): Promise<void> {
  const faults: FaultLog = { delivered: 0, faultsInARow: 0, suspects: [] };
  let lastSeq = 0;
  for (;;) {
    const batch = await nextBatch(db, lastSeq);
    if (batch.length === 0) break;
    lastSeq = batch.at(-1)!.row.seq!;
    await deliver(db, api, batch, outcome, faults);
  }
  if (faults.suspects.length === 0) return;
  // Nothing went through: the API may be failing on everything. Ask it something that touches
  // no message; when that fails too (ApiUnavailable), back off and blame no message.
  if (faults.delivered === 0) await api.me();
  await recordSuspects(db, faults, outcome);
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

async function deliver(
  db: KonukDb,
  api: ApiClient,
  batch: Pending[],
  outcome: SyncOutcome,
  faults: FaultLog,
): Promise<void> {
  const answer = await api.postMessages(batch.map((p) => p.message));
  if (answer.ok) {
    faults.delivered += batch.length;
    faults.faultsInARow = 0;
    await markSynced(db, batch, answer.body, outcome);
    return;
  }
  if (answer.rejection.serverFault) {
    faults.faultsInARow += 1;
    if (faults.faultsInARow > MAX_FAULTS_IN_A_ROW) {
      throw new ApiUnavailable({ code: 'server_error', status: 500 });
    }
    if (batch.length === 1) {
      faults.suspects.push({ pending: batch[0]!, reason: answer.rejection.message });
      return;
    }
  } else if (batch.length === 1) {
    await park(db, batch[0]!.row, answer.rejection.message);
    outcome.parked += 1;
    return;
  }
  const half = Math.ceil(batch.length / 2);
  await deliver(db, api, batch.slice(0, half), outcome, faults);
  await deliver(db, api, batch.slice(half), outcome, faults);
}

/**
 * Each message the API failed on alone, in a run where others went through, counts one run
 * against it; at POISON_RUNS it is parked with the reason, visible in the popup and retryable.
 */
async function recordSuspects(db: KonukDb, faults: FaultLog, outcome: SyncOutcome): Promise<void> {
  for (const { pending, reason } of faults.suspects) {
    const { row } = pending;
    const attempts = row.attempts + 1;
    if (attempts >= POISON_RUNS) {
      const error = `The server failed on this message ${attempts} times (HTTP 500): ${reason}`;
      await db.outbox.update(row.seq!, { state: 'parked', error, attempts });
      outcome.parked += 1;
    } else {
      await db.outbox.update(row.seq!, { attempts });
    }
  }
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
