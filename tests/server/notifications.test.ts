import { expect, it } from 'vitest';
import { escalateDueTickets } from '../../server/repositories/escalation-sweep.ts';
import { setHotelRoutingConfig } from '../../server/repositories/tenant-repository.ts';
import { DEFAULT_ROUTING_CONFIG } from '../../shared/routing.ts';
import { describeOnEachDatabase } from './support/databases.ts';
import { guest, staff } from './support/messages.ts';

const MINUTE_MS = 60_000;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * MINUTE_MS).toISOString();
const after = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * MINUTE_MS).toISOString();
/** A guest message sent `minutes` ago (the escalation ladder runs on real time). */
const recentGuest = (conversation: string, id: string, minutes: number, text = 'Hello?') =>
  guest(conversation, id, 0, { sentAt: minutesAgo(minutes), capturedAt: minutesAgo(minutes), text });

describeOnEachDatabase('notifications and the escalation ladder', (server) => {
  it('tells the team lead of a ticket unanswered for 10 minutes, then the supervisor at 30', async () => {
    const { api, hotelId } = await server.tenant();
    const message = recentGuest('c1', 'm1', 25);
    const ticket = (await api.ingest([message])).tickets[0]!;
    expect(ticket.escalationLevel).toBe(1);

    const first = await api.notifications();
    expect(first.notifications).toEqual([
      expect.objectContaining({
        kind: 'unanswered',
        ticketId: ticket.id,
        recordNumber: ticket.recordNumber,
        notify: 'team_lead',
        team: ticket.team,
        level: 1,
        at: after(message.sentAt, 10),
      }),
    ]);

    // The server's sweep, as it would run a few minutes later.
    expect(await escalateDueTickets(server.db, new Date(Date.now() + 10 * MINUTE_MS))).toBeGreaterThan(0);
    const next = await api.notifications({ since: first.cursor! });
    expect(next.notifications.map((n) => [n.notify, n.level, n.at])).toEqual([
      ['supervisor', 2, after(message.sentAt, 30)],
    ]);
    const [climbed] = (await api.list({ conversationId: 'c1' })).tickets;
    expect(climbed!.escalationLevel).toBe(2);
    expect(await server.count('notifications', hotelId)).toBe(2);
  });

  it('starts the ladder again after an answer, and never climbs a ticket waiting for the guest', async () => {
    const { api } = await server.tenant();
    await api.ingest([recentGuest('c1', 'm1', 40)]);
    const answered = (
      await api.ingest([staff('c1', 'm2', 0, { sentAt: minutesAgo(39), capturedAt: minutesAgo(39) })])
    ).tickets[0]!;
    expect(answered.escalationLevel).toBe(0);

    const again = (await api.ingest([recentGuest('c1', 'm3', 12)])).tickets[0]!;
    expect(again.escalationLevel).toBe(1);
    // Waiting for the guest needs the guest answered (issue 8): answered, then waiting.
    await api.ingest([staff('c1', 'm4', 0, { sentAt: minutesAgo(1), capturedAt: minutesAgo(1) })]);
    const waiting = await api.update(again.recordNumber, { status: 'pending_guest' });
    expect(waiting.escalationLevel).toBe(0);
    await escalateDueTickets(server.db, new Date(Date.now() + 60 * MINUTE_MS));

    const { notifications } = await api.notifications();
    expect(notifications.map((n) => [n.notify, n.level])).toEqual([
      ['team_lead', 1],
      ['supervisor', 2],
      ['team_lead', 1],
    ]);
  });

  it('follows the hotel’s own tiers, and shows each agent what is addressed to them', async () => {
    const tenant = await server.tenant();
    await setHotelRoutingConfig(server.db, tenant.hotelId, {
      ...DEFAULT_ROUTING_CONFIG,
      tiers: [{ afterMinutes: 5, notify: 'coordinator' }],
    });
    const coordinator = await server.colleague(tenant.hotelId, 'Ayşe', 'coordinator');
    await tenant.api.ingest([recentGuest('c1', 'm1', 6)]);
    await tenant.api.ingest([recentGuest('c2', 'm1', 1, 'My son fell down the stairs and hurt his head')]);

    const forCoordinator = await coordinator.api.notifications();
    expect(forCoordinator.notifications.map((n) => [n.kind, n.notify, n.forYou])).toEqual([
      ['unanswered', 'coordinator', true],
      ['escalation', 'supervisor', false],
    ]);
    const mine = await coordinator.api.notifications({ mine: true });
    expect(mine.notifications.map((n) => n.notify)).toEqual(['coordinator']);
    expect((await tenant.api.notifications({ mine: true })).notifications).toEqual([]);
  });

  it('pages with the cursor and returns the same cursor when nothing is new', async () => {
    const { api } = await server.tenant();
    await api.ingest([recentGuest('c1', 'm1', 35), recentGuest('c2', 'm1', 35)]);

    const pages: string[][] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await api.notifications({ limit: 3, ...(cursor ? { since: cursor } : {}) });
      pages.push(page.notifications.map((n) => `${n.recordNumber}/${n.level}`));
      cursor = page.cursor!;
      if (!page.hasMore) break;
    }
    expect(pages.flat().sort()).toEqual(['K-0001/1', 'K-0001/2', 'K-0002/1', 'K-0002/2']);
    expect(pages[0]).toHaveLength(3);
    const idle = await api.notifications({ since: cursor });
    expect(idle).toEqual({ notifications: [], cursor, hasMore: false });
  });

  it('rejects a bad cursor, limit or filter with 400', async () => {
    const { api } = await server.tenant();
    for (const query of ['since=abc', 'limit=0', 'limit=100000', 'mine=maybe']) {
      const rejected = await api.error(api.raw('GET', `/v1/notifications?${query}`));
      expect(rejected.status).toBe(400);
      expect(rejected.body.error).toBe('invalid_request');
    }
  });

  it('never shows one hotel another hotel’s notifications', async () => {
    const belek = await server.tenant();
    const side = await server.tenant();
    await belek.api.ingest([
      recentGuest('c1', 'm1', 45, 'The balcony railing is loose, my child almost fell'),
    ]);

    expect((await belek.api.notifications()).notifications.length).toBeGreaterThan(0);
    expect((await side.api.notifications()).notifications).toEqual([]);
  });
});
