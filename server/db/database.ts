// The one database interface the API uses, over PGlite (the default, embedded) and a PostgreSQL
// pool (when DATABASE_URL is set). Repositories only see this, so both run the same SQL.

export interface Queryable {
  /** Runs one statement with $1.. parameters; rows come back with timestamps as ISO strings. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Commits when `work` resolves, rolls back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
