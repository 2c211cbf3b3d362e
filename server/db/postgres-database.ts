import pg from 'pg';
import type { Database, Queryable } from './database.ts';

const TIMESTAMPTZ = 1184;
const DATE = 1082;
const parseTimestamp = pg.types.getTypeParser(TIMESTAMPTZ);

// Timestamps as ISO strings (pg's own parser handles every offset form) and dates as written.
const typeOverrides: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === TIMESTAMPTZ) return (value: string) => (parseTimestamp(value) as Date).toISOString();
    if (oid === DATE) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig['getTypeParser'],
};

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(sql, [...params]);
      return result.rows as Row[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

export interface PostgresOptions {
  url: string;
  /** Puts every connection in this schema (tests and benchmarks use a fresh one each run). */
  schema?: string;
  maxConnections?: number;
}

export function openPostgres({ url, schema, maxConnections = 10 }: PostgresOptions): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: maxConnections,
    types: typeOverrides,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  return {
    kind: 'postgres',
    ...queryable(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(queryable(client));
        await client.query('commit');
        client.release();
        return result;
      } catch (error) {
        // A connection that cannot even roll back is broken: drop it instead of reusing it.
        const rollback = await client.query('rollback').then(
          () => undefined,
          (failure: Error) => failure,
        );
        client.release(rollback);
        throw error;
      }
    },
    close: () => pool.end(),
  };
}
