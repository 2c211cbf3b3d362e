// Selector packs: per hotel and platform, the latest pack a coordinator published.
import type { SelectorPack, SelectorPackUpdateRequest } from '../../shared/api-contract.ts';
import type { Queryable } from '../db/database.ts';

interface PackRow {
  platform: string;
  version: string;
  selectors: SelectorPack['selectors'];
  updated_at: string;
}

const toPack = (row: PackRow): SelectorPack => ({
  platform: row.platform,
  version: row.version,
  selectors: row.selectors,
  updatedAt: row.updated_at,
});

export async function listSelectorPacks(db: Queryable, hotelId: string): Promise<SelectorPack[]> {
  const rows = await db.query<PackRow>(
    'select platform, version, selectors, updated_at from selector_packs where hotel_id = $1 order by platform',
    [hotelId],
  );
  return rows.map(toPack);
}

export async function saveSelectorPack(
  db: Queryable,
  hotelId: string,
  agentId: string,
  platform: string,
  pack: SelectorPackUpdateRequest,
): Promise<SelectorPack> {
  const [row] = await db.query<PackRow>(
    `insert into selector_packs (hotel_id, platform, version, selectors, updated_by, updated_at)
     values ($1, $2, $3, $4, $5, now())
     on conflict (hotel_id, platform) do update
       set version = excluded.version, selectors = excluded.selectors,
           updated_by = excluded.updated_by, updated_at = excluded.updated_at
     returning platform, version, selectors, updated_at`,
    [hotelId, platform, pack.version, JSON.stringify(pack.selectors), agentId],
  );
  return toPack(row!);
}
