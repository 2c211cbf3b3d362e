// One sync run: settle which server and hotel the local store belongs to (connection-switch.ts),
// deliver the outbox, pull ticket changes, then tell open tabs and the toolbar.
// The network part runs under a Web Lock so two contexts (a restarted worker, an extension
// page) never drain the same outbox at once.
import { ApiClient, ApiUnavailable, type FetchLike } from './api-client.ts';
import { settleConnection } from './connection-switch.ts';
import type { KonukDb } from './db.ts';
import { drainOutbox } from './drain-outbox.ts';
import { pullTicketChanges } from './pull-ticket-changes.ts';
import { pushStateToTabs } from './push-state-to-tabs.ts';
import { isConfigured, loadSettings } from './settings.ts';
import { emptyOutcome, type SyncOutcome } from './sync-outcome.ts';
import {
  readSyncStatus,
  recordNotConfigured,
  recordSyncFailure,
  recordSyncSuccess,
  type SyncError,
} from './sync-status.ts';
import type { TabConversations } from './tab-conversations.ts';
import { refreshTemplates } from './templates-refresh.ts';
import { updateToolbarBadge } from './update-toolbar-badge.ts';

export const SYNC_LOCK = 'konuk-sync';

export interface SyncDeps {
  db: KonukDb;
  fetch: FetchLike;
  now: () => number;
  random: () => number;
  /** navigator.locks; null where there is none (the scheduler still serialises this context). */
  locks: LockManager | null;
  tabs: TabConversations;
}

export type SyncRun =
  | { kind: 'synced'; outcome: SyncOutcome }
  | { kind: 'failed'; outcome: SyncOutcome; error: SyncError; retryAt: number }
  | { kind: 'waiting'; retryAt: number }
  | { kind: 'not_configured' };

/** `force` ignores the backoff: a person asked (opened the popup, saved settings). */
export async function runSync(deps: SyncDeps, force = false): Promise<SyncRun> {
  const run = await withLock(deps.locks, () => exchangeWithApi(deps, force));
  if (run.kind === 'synced' || run.kind === 'failed') await pushStateToTabs(deps.db, deps.tabs, run.outcome);
  await updateToolbarBadge(deps.db, deps.now());
  return run;
}

async function exchangeWithApi(deps: SyncDeps, force: boolean): Promise<SyncRun> {
  const { db } = deps;
  const settings = await loadSettings(db);
  if (!isConfigured(settings)) {
    await recordNotConfigured(db);
    return { kind: 'not_configured' };
  }
  const { backoff } = await readSyncStatus(db);
  if (!force && backoff.nextAttemptAt > deps.now())
    return { kind: 'waiting', retryAt: backoff.nextAttemptAt };

  const api = new ApiClient(settings, deps.fetch);
  const outcome = emptyOutcome();
  try {
    await settleConnection(db, settings, api, deps.now());
    await drainOutbox(db, api, outcome);
    await pullTicketChanges(db, api, outcome);
  } catch (error) {
    if (!(error instanceof ApiUnavailable)) throw error;
    const next = await recordSyncFailure(db, error.reason, deps.now(), deps.random());
    return { kind: 'failed', outcome, error: error.reason, retryAt: next.nextAttemptAt };
  }
  await recordSyncSuccess(db, deps.now());
  await refreshTemplates({ db, api, settings, now: deps.now() }, force);
  return { kind: 'synced', outcome };
}

async function withLock(locks: LockManager | null, work: () => Promise<SyncRun>): Promise<SyncRun> {
  return locks ? await locks.request(SYNC_LOCK, work) : work();
}
