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
  /** How long a request waits for a free connection before it is answered 503. */
  acquireTimeoutMs?: number;
  /** How long one statement may run before PostgreSQL cancels it (503, rolled back). */
  statementTimeoutMs?: number;
  /** How long a statement may wait for a lock (503, rolled back) instead of queueing for ever. */
  lockTimeoutMs?: number;
}

/** A deadlock or serialization failure: PostgreSQL rolled back one side; running it again is safe. */
const RETRYABLE = new Set(['40P01', '40001']);
const MAX_ATTEMPTS = 3;

function isRetryable(error: unknown): boolean {
  return RETRYABLE.has((error as { code?: unknown } | null)?.code as string);
}

export function openPostgres({
  url,
  schema,
  maxConnections = 10,
  acquireTimeoutMs = 5_000,
  statementTimeoutMs = 15_000,
  lockTimeoutMs = 5_000,
}: PostgresOptions): Database {
  // A connection left idle inside a transaction (a crashed handler) is closed rather than left
  // holding its locks.
  const settings = [
    ...(schema ? [`-c search_path=${schema}`] : []),
    `-c statement_timeout=${statementTimeoutMs}`,
    `-c lock_timeout=${lockTimeoutMs}`,
    `-c idle_in_transaction_session_timeout=${statementTimeoutMs * 2}`,
  ];
  const pool = new pg.Pool({
    connectionString: url,
    max: maxConnections,
    connectionTimeoutMillis: acquireTimeoutMs,
    types: typeOverrides,
    options: settings.join(' '),
  });
  async function attempt<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
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
  }
  return {
    kind: 'postgres',
    ...queryable(pool),
    async transaction(work) {
      for (let tries = 1; ; tries += 1) {
        try {
          return await attempt(work);
        } catch (error) {
          if (tries >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
        }
      }
    },
    close: () => pool.end(),
  };
}
