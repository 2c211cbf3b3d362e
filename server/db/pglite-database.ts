import { mkdir } from 'node:fs/promises';
import { claimDataDir } from './data-dir-lock.ts';
import { PGlite, types } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.ts';

// Timestamps as ISO strings and bigints as strings, exactly like the pg adapter returns them.
const parsers = {
  [types.TIMESTAMPTZ]: (value: string) => new Date(value).toISOString(),
  [types.INT8]: (value: string) => value,
  [types.DATE]: (value: string) => value,
};

function queryable(target: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<Row>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

/** An embedded PGlite: in memory without `dataDir`, otherwise persisted in that directory. */
export async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const release = dataDir ? await claimDataDir(dataDir) : async () => {};
  let pglite: PGlite;
  try {
    pglite = new PGlite({ dataDir, parsers });
    await pglite.waitReady;
  } catch (error) {
    await release();
    throw error;
  }
  return {
    kind: 'pglite',
    ...queryable(pglite),
    transaction: (work) => pglite.transaction((tx) => work(queryable(tx))),
    async close() {
      await pglite.close();
      await release();
    },
  };
}
