// The API client for the saved connection, or null while the extension is not set up yet.
import { ApiClient, type FetchLike } from './api-client.ts';
import { isSettled } from './connection-switch.ts';
import type { KonukDb } from './db.ts';
import { isConfigured, loadSettings } from './settings.ts';

export async function configuredApi(db: KonukDb, fetchFn: FetchLike): Promise<ApiClient | null> {
  const settings = await loadSettings(db);
  return isConfigured(settings) ? new ApiClient(settings, fetchFn) : null;
}

/**
 * The client only once the local store belongs to the saved connection (connection-switch.ts,
 * settled by the next sync): work queued for the old server (phone calls, ticket changes,
 * notification cursors) is never sent to a new one on the way.
 */
export async function settledApi(db: KonukDb, fetchFn: FetchLike): Promise<ApiClient | null> {
  const settings = await loadSettings(db);
  if (!isConfigured(settings) || !(await isSettled(db, settings))) return null;
  return new ApiClient(settings, fetchFn);
}
