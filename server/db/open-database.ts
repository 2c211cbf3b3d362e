import type { Database } from './database.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite-database.ts';
import { openPostgres } from './postgres-database.ts';

export const DEFAULT_DATA_DIR = '.konuk-data/pglite';

export interface OpenDatabaseOptions {
  /** A PostgreSQL connection string; without it the embedded PGlite is used. */
  url?: string;
  /** PGlite's data directory; ignored when `url` is set. */
  dataDir?: string;
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase({
  url,
  dataDir = DEFAULT_DATA_DIR,
}: OpenDatabaseOptions = {}): Promise<Database> {
  const db = url ? openPostgres({ url }) : await openPglite(dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/** The database the server, the CLI and `npm start` use: DATABASE_URL, else KONUK_DATA_DIR. */
export function openDatabaseFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  return openDatabase({
    url: env.DATABASE_URL || undefined,
    dataDir: env.KONUK_DATA_DIR || DEFAULT_DATA_DIR,
  });
}
