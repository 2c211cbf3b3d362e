// The API client for the saved connection, or null while the extension is not set up yet.
import { ApiClient, type FetchLike } from './api-client.ts';
import type { KonukDb } from './db.ts';
import { isConfigured, loadSettings } from './settings.ts';

export async function configuredApi(db: KonukDb, fetchFn: FetchLike): Promise<ApiClient | null> {
  const settings = await loadSettings(db);
  return isConfigured(settings) ? new ApiClient(settings, fetchFn) : null;
}
