// Runs a suite once on an in-memory PGlite and once on the real PostgreSQL (a fresh schema,
// dropped afterwards). PostgreSQL being down fails the PostgreSQL half with a clear message.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe } from 'vitest';
import { buildApp } from '../../../server/app.ts';
import type { Database } from '../../../server/db/database.ts';
import { openMemoryDatabase, openPostgresInFreshSchema } from '../../../server/db/test-databases.ts';
import { createAgent, createHotel, saveToken } from '../../../server/repositories/tenant-repository.ts';
import { generateToken } from '../../../server/services/api-tokens.ts';
import type { Role } from '../../../shared/taxonomy.ts';
import { ApiClient } from './api-client.ts';

export const DATABASE_KINDS = ['pglite', 'postgres'] as const;
export type DatabaseKind = (typeof DATABASE_KINDS)[number];

export function openTestDatabase(kind: DatabaseKind): Promise<Database> {
  return kind === 'pglite' ? openMemoryDatabase() : openPostgresInFreshSchema();
}

export interface Tenant {
  hotelId: string;
  agentId: string;
  token: string;
  api: ApiClient;
}

export class ServerHarness {
  #db: Database | undefined;
  #app: FastifyInstance | undefined;
  #hotels = 0;
  #openError: unknown;

  constructor(readonly kind: DatabaseKind) {}

  get db(): Database {
    if (this.#openError) throw this.#openError;
    if (!this.#db) throw new Error('the database is not open yet (use it inside a test)');
    return this.#db;
  }

  get app(): FastifyInstance {
    if (this.#openError) throw this.#openError;
    if (!this.#app) throw new Error('the app is not built yet (use it inside a test)');
    return this.#app;
  }

  /**
   * Never throws: a database that cannot be opened makes every test that uses it fail with the
   * reason (a failing beforeAll would only mark them skipped).
   */
  async open(): Promise<void> {
    try {
      this.#db = await openTestDatabase(this.kind);
      this.#app = await buildApp({ db: this.#db });
    } catch (error) {
      this.#openError = error;
    }
  }

  async close(): Promise<void> {
    await this.#app?.close();
    await this.#db?.close();
  }

  /** A new hotel with one agent and a token: each test gets its own, so tests never share rows. */
  async tenant(
    options: {
      agentName?: string;
      hotelName?: string;
      role?: Role;
      timeZone?: string;
      country?: string;
    } = {},
  ): Promise<Tenant> {
    this.#hotels += 1;
    const hotel = await createHotel(this.db, {
      name: options.hotelName ?? `Hotel ${this.#hotels}`,
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      ...(options.country ? { country: options.country } : {}),
    });
    const agent = await createAgent(this.db, {
      hotelId: hotel.id,
      name: options.agentName ?? 'Selin',
      ...(options.role ? { role: options.role } : {}),
    });
    const token = generateToken();
    await saveToken(this.db, agent.id, token);
    return { hotelId: hotel.id, agentId: agent.id, token, api: new ApiClient(this.app, token) };
  }

  /** Another agent (with its own token) in an existing hotel. */
  async colleague(hotelId: string, name: string, role?: Role): Promise<Tenant> {
    const agent = await createAgent(this.db, { hotelId, name, ...(role ? { role } : {}) });
    const token = generateToken();
    await saveToken(this.db, agent.id, token);
    return { hotelId, agentId: agent.id, token, api: new ApiClient(this.app, token) };
  }

  async count(
    table:
      | 'messages'
      | 'tickets'
      | 'guests'
      | 'guest_links'
      | 'notifications'
      | 'reply_templates'
      | 'selector_packs'
      | 'capture_health',
    hotelId: string,
  ): Promise<number> {
    const [row] = await this.db.query<{ n: number }>(
      `select count(*)::int as n from ${table} where hotel_id = $1`,
      [hotelId],
    );
    return row!.n;
  }
}

export function describeOnEachDatabase(name: string, suite: (server: ServerHarness) => void): void {
  describe.each(DATABASE_KINDS)(`${name} (%s)`, (kind) => {
    const server = new ServerHarness(kind);
    beforeAll(() => server.open());
    afterAll(() => server.close());
    suite(server);
  });
}
