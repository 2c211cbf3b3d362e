// A real Konuk API for one E2E test: PGlite in memory, a hotel, a frontline agent and a
// coordinator with their tokens, listening on a free loopback port. A test may start several
// (one per hotel or server). It can be taken down and brought back on the same port with the same
// data, to play an API outage.
import { createServer } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app.ts';
import type { Database } from '../../../server/db/database.ts';
import { openMemoryDatabase } from '../../../server/db/test-databases.ts';
import { createAgent, createHotel, saveToken } from '../../../server/repositories/tenant-repository.ts';
import { generateToken } from '../../../server/services/api-tokens.ts';

export interface TestApi {
  url: string;
  /** The frontline agent's, "Ayşe Frontline". */
  token: string;
  /** A coordinator of the same hotel: the hotel's templates and settings are theirs to change. */
  coordinatorToken: string;
  hotelId: string;
  hotelName: string;
  db: Database;
  /** GET/POST to the API as the test's agent (or with `token`), returning parsed JSON. */
  request<T = unknown>(path: string, init?: RequestInit, token?: string): Promise<T>;
  /** Runs SQL against the API's database (counting rows the way a coordinator would). */
  count(sql: string, params?: unknown[]): Promise<number>;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startTestApi({
  startDown = false,
  hotelName = 'E2E Resort Side',
} = {}): Promise<TestApi> {
  const db = await openMemoryDatabase();
  const hotel = await createHotel(db, { name: hotelName });
  const agent = await createAgent(db, { hotelId: hotel.id, name: 'Ayşe Frontline' });
  const token = generateToken();
  await saveToken(db, agent.id, token, 'e2e');
  const coordinator = await createAgent(db, {
    hotelId: hotel.id,
    name: 'Selin Coordinator',
    role: 'coordinator',
  });
  const coordinatorToken = generateToken();
  await saveToken(db, coordinator.id, coordinatorToken, 'e2e');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let app: FastifyInstance | null = null;

  const api: TestApi = {
    url,
    token,
    coordinatorToken,
    hotelId: hotel.id,
    hotelName,
    db,
    async request<T>(path: string, init: RequestInit = {}, as = token) {
      const response = await fetch(`${url}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${as}`, 'content-type': 'application/json', ...init.headers },
      });
      return (await response.json()) as T;
    },
    async count(sql, params = []) {
      const [row] = await db.query<{ n: number | string }>(sql, params);
      return Number(row?.n ?? 0);
    },
    async down() {
      await app?.close();
      app = null;
    },
    async up() {
      if (app) return;
      app = await buildApp({ db });
      await app.listen({ port, host: '127.0.0.1' });
    },
    async close() {
      await api.down();
      await db.close();
    },
  };
  if (!startDown) await api.up();
  return api;
}
