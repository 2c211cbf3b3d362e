// The demo's morning, logged through the real API as npm run demo does: a working morning with a
// breached, a due-soon, an answered and a closed ticket with the guest's rating.
import { expect, it } from 'vitest';
import { seedDemoMorning } from '../../scripts/demo-morning.ts';
import { describeOnEachDatabase } from './support/databases.ts';

describeOnEachDatabase('the demo morning', (server) => {
  it('ends with yesterday’s WhatsApp ticket closed with its root cause and the guest’s rating', async () => {
    const frontline = await server.tenant();
    const coordinator = await server.colleague(frontline.hotelId, 'Demo Coordinator', 'coordinator');
    const apiUrl = await server.app.listen({ port: 0, host: '127.0.0.1' });
    await seedDemoMorning(
      { apiUrl, token: frontline.token, coordinatorToken: coordinator.token },
      new Date('2026-12-01T08:30:00Z'),
    );
    const { tickets: all } = await frontline.api.list();
    const tickets = all.filter((t) => t.status === 'closed');
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({
      channel: 'whatsapp',
      status: 'closed',
      rootCause: 'no-fault-request',
    });
    expect(tickets[0]!.csat?.score).toBeGreaterThanOrEqual(1);
    expect(new Set(all.map((t) => t.status))).toContain('open');
  });
});
