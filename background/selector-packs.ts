// The selector packs a hotel's API serves (issue 4): fetched now and then, checked against each
// adapter's own schema (selector-packs-registry.ts), and kept in the extension's database, so a
// platform's page change is fixed by publishing data, without a new release. The newest valid
// pack per platform is kept; a rejected one leaves the last good pack (or the built-in) in use.
import { z } from 'zod';
import { SelectorPackData, SelectorPackListResponse } from '../shared/api-contract.ts';
import type { RemoteSelectorPack } from '../shared/runtime-messages.ts';
import type { ApiClient } from './api-client.ts';
import type { KonukDb } from './db.ts';
import { checkSelectorPack } from './selector-packs-registry.ts';

const PACK_PREFIX = 'selector-pack|';
const FETCHED_AT_KEY = 'selector-packs-fetched-at';

export const PackState = z.object({
  platform: z.string(),
  /** The newest valid pack; null while only the built-in pack is usable. */
  inUse: z.object({ version: z.string(), selectors: SelectorPackData, updatedAt: z.string() }).nullable(),
  /** Set when the newest pack the API served was refused, and why. */
  rejected: z.object({ version: z.string(), updatedAt: z.string(), problem: z.string() }).nullable(),
});
export type PackState = z.infer<typeof PackState>;

export interface PackChanges {
  /** Platforms whose pack in use changed, with the pack now in use. */
  changed: { platform: string; pack: RemoteSelectorPack }[];
  /** Packs refused in this refresh. */
  rejected: { platform: string; version: string; problem: string }[];
}

export async function readSelectorPack(db: KonukDb, platform: string): Promise<RemoteSelectorPack | null> {
  const inUse = (await readState(db, platform))?.inUse;
  return inUse ? { version: inUse.version, selectors: inUse.selectors } : null;
}

/** Every platform's pack state, for the side panel's capture section. */
export async function listSelectorPacks(db: KonukDb): Promise<PackState[]> {
  const rows = await db.meta.where('key').startsWith(PACK_PREFIX).toArray();
  return rows.flatMap((row) => {
    const parsed = PackState.safeParse(row.value);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function lastFetchedAt(db: KonukDb): Promise<number> {
  const value = (await db.meta.get(FETCHED_AT_KEY))?.value;
  return typeof value === 'number' ? value : 0;
}

/** Another server: its packs are asked for at the next tick rather than hours later. */
export async function refreshPacksSoon(db: KonukDb): Promise<void> {
  await db.meta.delete(FETCHED_AT_KEY);
}

/** Throws ApiUnavailable when the API cannot be asked; what is kept stays kept. */
export async function refreshSelectorPacks(
  db: KonukDb,
  api: Pick<ApiClient, 'request'>,
  now: number,
): Promise<PackChanges> {
  const answer = await api.request('/selector-packs', { method: 'GET' }, SelectorPackListResponse);
  await db.meta.put({ key: FETCHED_AT_KEY, value: now });
  const changes: PackChanges = { changed: [], rejected: [] };
  if (!answer.ok) return changes;
  for (const served of answer.body.packs) {
    const held = await readState(db, served.platform);
    if (held && isSeen(held, served)) continue;
    const check = checkSelectorPack(served);
    if (check.ok) {
      const inUse = { ...check.pack, updatedAt: served.updatedAt };
      await writeState(db, { platform: served.platform, inUse, rejected: null });
      changes.changed.push({ platform: served.platform, pack: check.pack });
    } else {
      const rejected = { version: served.version, updatedAt: served.updatedAt, problem: check.problem };
      await writeState(db, { platform: served.platform, inUse: held?.inUse ?? null, rejected });
      changes.rejected.push({ platform: served.platform, version: served.version, problem: check.problem });
    }
  }
  return changes;
}

/** Whether the served pack is the one held or refused already, or older than the one held. */
function isSeen(held: PackState, served: { updatedAt: string }): boolean {
  const servedAt = Date.parse(served.updatedAt);
  const seenAt = [held.inUse, held.rejected].map((pack) => (pack ? Date.parse(pack.updatedAt) : -Infinity));
  return Math.max(...seenAt) >= servedAt;
}

async function readState(db: KonukDb, platform: string): Promise<PackState | null> {
  const parsed = PackState.safeParse((await db.meta.get(PACK_PREFIX + platform))?.value);
  return parsed.success ? parsed.data : null;
}

async function writeState(db: KonukDb, state: PackState): Promise<void> {
  await db.meta.put({ key: PACK_PREFIX + state.platform, value: state });
}
