// One guest writing on two channels at once: both conversations add to one ticket. Batches
// racing on it (and the escalation sweep running alongside) must all be answered, quickly, with
// nothing lost, the record numbers gapless and one open ticket per conversation. Only PostgreSQL
// runs writers concurrently (PGlite runs one transaction at a time). A lock timeout just under
// PostgreSQL's deadlock check (1 s) turns any wait past it into a refused request, so the test
// measures lock waits, not how busy the machine is.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { openPostgresInFreshSchema } from '../../server/db/test-databases.ts';
import { escalateDueTickets } from '../../server/repositories/escalation-sweep.ts';
import { createAgent, createHotel, saveToken } from '../../server/repositories/tenant-repository.ts';
import { generateToken } from '../../server/services/api-tokens.ts';
import { ApiClient } from './support/api-client.ts';
import { at, guest, staff } from './support/messages.ts';

const ROUNDS = 10;
const RACERS = 4;

describe('batches racing on a ticket two conversations joined (postgres)', () => {
  let db: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await openPostgresInFreshSchema(undefined, { lockTimeoutMs: 900 });
    app = await buildApp({ db });
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });
  const count = async (hotelId: string) =>
    (
      await db.query<{ n: number }>('select count(*)::int as n from messages where hotel_id = $1', [hotelId])
    )[0]!.n;

  it('answers every batch without a 5xx or a lock wait past a second, and stores every message once', async () => {
    const hotel = await createHotel(db, { name: 'Hotel Belek' });
    const hotelId = hotel.id;
    const agent = await createAgent(db, { hotelId, name: 'Selin' });
    const token = generateToken();
    await saveToken(db, agent.id, token);
    const api = new ApiClient(app, token);
    const reservation = { reservationNumber: '4012345678', guestName: 'Anna Schmidt' };
    await api.ingest([guest('wa-1', 'w0', 0, reservation)]);
    const joined = await api.ingest([guest('mail-1', 'e0', 1, { channel: 'email', ...reservation })]);
    const ticketId = joined.tickets[0]!.id;
    expect(joined.tickets[0]!.recordNumber).toBe('K-0001');
    // Another guest's ticket, so batches touch two tickets in different orders.
    await api.ingest([guest('wa-2', 'x0', 2)]);

    let minute = 10;
    const statuses: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const batches = Array.from({ length: RACERS }, (_, i) => {
        minute += 1;
        const id = `${round}-${i}`;
        const messages =
          i % 2 === 0
            ? [
                guest('wa-1', `w${id}`, minute),
                guest('wa-2', `x${id}`, minute),
                staff('mail-1', `s${id}`, minute, { channel: 'email' }),
              ]
            : [
                guest('wa-2', `y${id}`, minute),
                guest('mail-1', `e${id}`, minute, { channel: 'email' }),
                staff('wa-1', `t${id}`, minute),
              ];
        return messages;
      });
      const timed = batches.map(async (messages) => {
        const response = await api.raw('POST', '/v1/messages/batch', { body: { messages } });
        statuses.push(response.status);
      });
      const sweep = escalateDueTickets(db, new Date(at(minute + 60)), hotelId);
      await Promise.all([...timed, sweep]);
    }

    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(await count(hotelId)).toBe(3 + ROUNDS * RACERS * 3);
    const tickets = await db.query<{ id: string; record_number: string; message_count: number }>(
      'select id, record_number, message_count from tickets where hotel_id = $1 order by record_number',
      [hotelId],
    );
    expect(tickets.map((t) => t.record_number)).toEqual(['K-0001', 'K-0002']);
    const joinedTicket = tickets.find((t) => t.id === ticketId)!;
    expect(joinedTicket.message_count).toBe(2 + ROUNDS * RACERS * 2);
    const detail = await api.ticket('K-0001');
    expect(detail.ticket.lastInboundAt).toBe(at(minute));
  });
});
