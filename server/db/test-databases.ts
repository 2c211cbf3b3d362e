// Throwaway databases for tests and benchmarks: an in-memory PGlite, or a fresh schema in a
// real PostgreSQL that is dropped on close, so parallel runs never see each other's rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from './database.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite-database.ts';
import { openPostgres } from './postgres-database.ts';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

export async function openMemoryDatabase(): Promise<Database> {
  const db = await openPglite();
  await migrate(db);
  return db;
}

export function testDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
}

export async function openPostgresInFreshSchema(
  url: string = testDatabaseUrl(),
  { maxConnections = 10, lockTimeoutMs }: { maxConnections?: number; lockTimeoutMs?: number } = {},
): Promise<Database & { schema: string }> {
  const schema = `konuk_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `PostgreSQL is unreachable at ${url.replace(/\/\/[^@]*@/, '//')} (${reason}). ` +
        'The server tests run against it as well as PGlite: start PostgreSQL or set TEST_DATABASE_URL.',
    );
  }
  try {
    await admin.query(`create schema ${schema}`);
  } finally {
    await admin.end();
  }
  const db = openPostgres({ url, schema, maxConnections, ...(lockTimeoutMs ? { lockTimeoutMs } : {}) });
  await migrate(db);
  return {
    ...db,
    schema,
    async close() {
      await db.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      try {
        await dropper.query(`drop schema ${schema} cascade`);
      } finally {
        await dropper.end();
      }
    },
  };
}
