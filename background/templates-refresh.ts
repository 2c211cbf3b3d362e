// Fetches the hotel's templates, the agent's own (and the hotel's and agent's names and whether
// the agent may change the hotel's) into the cache. The sync run
// calls it after delivering messages; it never fails a sync: a hotel whose API cannot serve
// templates right now keeps the ones it had, or the starter library.
import { ApiClient, ApiUnavailable } from './api-client.ts';
import { isCoordinating } from '../shared/taxonomy.ts';
import type { ReplyTemplate } from '../shared/templates/template-schema.ts';
import type { KonukDb } from './db.ts';
import type { Settings } from './settings.ts';
import {
  connectionId,
  readTemplateCache,
  writeTemplateCache,
  type TemplateCache,
} from './templates-cache.ts';

/** Templates change rarely, and an edit made in this browser updates the cache at once. */
export const TEMPLATE_REFRESH_MS = 5 * 60_000;

export interface TemplateRefreshDeps {
  db: KonukDb;
  api: ApiClient;
  settings: Settings;
  now: number;
}

/** Asks the API and caches the answer; throws ApiUnavailable when the API cannot answer. */
export async function fetchTemplates(deps: TemplateRefreshDeps): Promise<TemplateCache> {
  const [templates, personal, me] = await Promise.all([
    deps.api.listTemplates('hotel'),
    ownTemplates(deps.api),
    deps.api.me(),
  ]);
  const cache: TemplateCache = {
    connection: await connectionId(deps.settings),
    fetchedAt: deps.now,
    templates,
    personal,
    canEditHotel: isCoordinating(me.agent.role),
    hotelName: me.hotel.name,
    agentName: me.agent.name,
    hotelTimeZone: me.hotel.timeZone,
  };
  await writeTemplateCache(deps.db, cache);
  return cache;
}

/** An API from before agents had templates of their own answers 404: they have none there. */
async function ownTemplates(api: ApiClient): Promise<ReplyTemplate[]> {
  try {
    return await api.listTemplates('personal');
  } catch (error) {
    if (error instanceof ApiUnavailable && error.reason.status === 404) return [];
    throw error;
  }
}

/** `force`: a person asked for a sync (saved settings, opened the popup). Never throws. */
export async function refreshTemplates(deps: TemplateRefreshDeps, force: boolean): Promise<void> {
  const cached = await readTemplateCache(deps.db, await connectionId(deps.settings));
  if (!force && cached && deps.now - cached.fetchedAt < TEMPLATE_REFRESH_MS) return;
  try {
    await fetchTemplates(deps);
  } catch (error) {
    // After a sync that delivered messages, the tabs must still hear of it: nothing is thrown.
    if (!(error instanceof ApiUnavailable)) {
      console.warn('[konuk] template refresh failed:', error instanceof Error ? error.name : typeof error);
    }
  }
}
