import { describe, expect, it } from 'vitest';
import { listMigrations, migrate } from '../../server/db/migrate.ts';
import { openPostgresInFreshSchema } from '../../server/db/test-databases.ts';
import { describeOnEachDatabase } from './support/databases.ts';

describeOnEachDatabase('migrations', (server) => {
  it('records every migration once and applies nothing the second time', async () => {
    const db = server.db;
    const names = await listMigrations();
    const recorded = await db.query<{ name: string }>('select name from schema_migrations order by name');

    expect(names.length).toBeGreaterThan(0);
    expect(recorded.map((row) => row.name)).toEqual(names);
    expect(await migrate(db)).toEqual([]);
  });
});

describe('PostgreSQL test databases', () => {
  it('fail with a clear message when PostgreSQL is unreachable', async () => {
    await expect(openPostgresInFreshSchema('postgres://postgres@127.0.0.1:1/test')).rejects.toThrow(
      /PostgreSQL is unreachable at postgres:\/\/127\.0\.0\.1:1\/test/,
    );
  });
});
