// What the sync engine remembers between runs (and service-worker restarts): the ticket cursor,
// when it last synced, why it last failed and how long it backs off. The popup reads it too.
import { z } from 'zod';
import type { KonukDb } from './db.ts';

export const SyncErrorCode = z.enum([
  'not_configured',
  'unreachable',
  'unauthorized',
  'server_error',
  'bad_response',
]);
export type SyncErrorCode = z.infer<typeof SyncErrorCode>;

export const SyncError = z.object({ code: SyncErrorCode, status: z.number().int().optional() });
export type SyncError = z.infer<typeof SyncError>;

const Backoff = z.object({ failures: z.number().int().nonnegative(), nextAttemptAt: z.number() });
export type Backoff = z.infer<typeof Backoff>;

export const SyncStatus = z.object({
  cursor: z.string().nullable(),
  lastSyncAt: z.string().nullable(),
  lastSyncError: SyncError.nullable(),
  backoff: Backoff,
});
export type SyncStatus = z.infer<typeof SyncStatus>;

const KEYS = ['cursor', 'lastSyncAt', 'lastSyncError', 'backoff'] as const;
const NO_BACKOFF: Backoff = { failures: 0, nextAttemptAt: 0 };

export async function readSyncStatus(db: KonukDb): Promise<SyncStatus> {
  const rows = await db.meta.bulkGet([...KEYS]);
  const [cursor, lastSyncAt, lastSyncError, backoff] = rows.map((row) => row?.value ?? null);
  const parsed = SyncStatus.safeParse({ cursor, lastSyncAt, lastSyncError, backoff: backoff ?? NO_BACKOFF });
  // A row this code did not write (an older schema) must not wedge the engine: start over.
  return parsed.success
    ? parsed.data
    : { cursor: null, lastSyncAt: null, lastSyncError: null, backoff: NO_BACKOFF };
}

export async function recordSyncSuccess(db: KonukDb, now: number): Promise<void> {
  await db.meta.bulkPut([
    { key: 'lastSyncAt', value: new Date(now).toISOString() },
    { key: 'lastSyncError', value: null },
    { key: 'backoff', value: NO_BACKOFF },
  ]);
}

const BASE_DELAY_MS = 5_000;
export const MAX_BACKOFF_MS = 5 * 60_000;

/** Exponential with "equal jitter": half the delay is fixed, half random, capped at 5 minutes. */
export function backoffDelay(failures: number, random: number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** Math.max(0, failures - 1));
  return ceiling / 2 + (ceiling / 2) * random;
}

export async function recordSyncFailure(
  db: KonukDb,
  error: SyncError,
  now: number,
  random: number,
): Promise<Backoff> {
  return db.transaction('rw', db.meta, async () => {
    const { backoff } = await readSyncStatus(db);
    const failures = backoff.failures + 1;
    const next: Backoff = { failures, nextAttemptAt: now + backoffDelay(failures, random) };
    await db.meta.bulkPut([
      { key: 'lastSyncError', value: error },
      { key: 'backoff', value: next },
    ]);
    return next;
  });
}

/** Another server: its change feed is read from the start, and it is tried at once. */
export async function forgetSyncProgress(db: KonukDb): Promise<void> {
  await db.meta.bulkDelete(['cursor', 'lastSyncAt', 'lastSyncError']);
  await db.meta.put({ key: 'backoff', value: NO_BACKOFF });
}

export async function recordNotConfigured(db: KonukDb): Promise<void> {
  await db.meta.put({ key: 'lastSyncError', value: { code: 'not_configured' } satisfies SyncError });
}
