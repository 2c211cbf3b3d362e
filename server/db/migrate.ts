// Applies server/migrations/NNN-name.sql in order, each once, recording it in schema_migrations.
// The same files run on PGlite and PostgreSQL, so both databases always have the same schema.
import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './database.ts';

const MIGRATIONS_DIR = new URL('../migrations/', import.meta.url);
const MIGRATION_FILE = /^\d{3}-[a-z0-9-]+\.sql$/;

export async function listMigrations(): Promise<string[]> {
  const files = await readdir(MIGRATIONS_DIR);
  return files.filter((name) => MIGRATION_FILE.test(name)).sort();
}

/** Returns the names of the migrations it applied. */
export async function migrate(db: Database): Promise<string[]> {
  const names = await listMigrations();
  return db.transaction(async (tx) => {
    // Two servers starting at once against one PostgreSQL must not both apply a migration.
    await tx.query(`select pg_advisory_xact_lock(hashtextextended('konuk.migrations', 0))`);
    await tx.exec(
      `create table if not exists schema_migrations (
         name text primary key,
         applied_at timestamptz not null default now()
       )`,
    );
    const applied = new Set(
      (await tx.query<{ name: string }>('select name from schema_migrations')).map((row) => row.name),
    );
    const pending = names.filter((name) => !applied.has(name));
    for (const name of pending) {
      await tx.exec(await readFile(new URL(name, MIGRATIONS_DIR), 'utf8'));
      await tx.query('insert into schema_migrations (name) values ($1)', [name]);
    }
    return pending;
  });
}
