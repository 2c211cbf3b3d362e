import { expect, it } from 'vitest';
import { renderTemplate } from '../../shared/templates/render-template.ts';
import { STARTER_LIBRARY } from '../../shared/templates/starter-library.ts';
import type { Ticket } from '../../shared/ticket.ts';
import type { Database } from '../../server/db/database.ts';
import { describeOnEachDatabase, type Tenant } from './support/databases.ts';
import { at, guest, staff } from './support/messages.ts';

const CLOSING = renderTemplate(
  STARTER_LIBRARY.find((t) => t.id === 'en-closing')!,
  {},
).text;
const minutes = (later: string, earlier: string) =>
  Math.round(((Date.parse(later) - Date.parse(earlier)) / 60_000) * 10) / 10;

/**
 * 1 July 2026 in Istanbul (UTC+3) runs from 30 June 21:00 to 1 July 21:00 UTC. `at(0)` is
 * 1 July 10:00 UTC; `late` is 22:30 UTC on 30 June (already 1 July in Istanbul) and `next` is
 * 21:30 UTC on 1 July (2 July in Istanbul).
 */
async function seedDay(tenant: Tenant, db: Database): Promise<{ answered: Ticket }> {
  const { api } = tenant;
  const late = '2026-06-30T22:30:00.000Z';
  const next = '2026-07-01T21:30:00.000Z';
  await api.ingest([
    guest('c1', 'm1', 0, { text: 'Hi, what time does breakfast start?' }),
    staff('c1', 'm2', 4),
    guest('c2', 'm1', 10, { text: 'My child slipped by the pool and is bleeding, we need a doctor now!' }),
    staff('c2', 'm2', 30),
    guest('c3', 'm1', 20, { text: 'Is there parking at the hotel?' }),
    guest('c4', 'm1', 0, { text: 'Do you have a baby cot?', sentAt: late, capturedAt: late }),
    guest('c5', 'm1', 0, { text: 'Hello', sentAt: next, capturedAt: next }),
    guest('e1', 'm1', 0, { channel: 'email', text: 'Can I get an invoice for my stay please?' }),
    staff('e1', 'm2', 60, { channel: 'email', text: CLOSING }),
  ]);
  const recordOf = async (conversationId: string) =>
    (await api.list({ conversationId })).tickets[0]!.recordNumber;
  const answered = await api.setStatus(await recordOf('c1'), 'resolved');
  // Resolved unanswered, as tickets could be before issue 8 (the API now refuses that).
  await db.query(
    `update tickets set status = 'resolved', status_changed_at = $3, resolved_at = $3
      where hotel_id = $1 and record_number = $2`,
    [tenant.hotelId, await recordOf('c3'), at(40)],
  );
  await api.ingest([guest('c3', 'm2', 50, { text: 'Sorry, one more question' })]);
  await api.update(await recordOf('e1'), { status: 'closed', rootCause: 'acc-billing-error' });
  await api.ingest([guest('e1', 'm3', 70, { channel: 'email', text: '4' })]);
  return { answered };
}

describeOnEachDatabase('coordinator reports', (server) => {
  it('summarises a day in the hotel’s time zone', async () => {
    const tenant = await server.tenant({ role: 'coordinator' });
    const { answered } = await seedDay(tenant, server.db);
    const report = await tenant.api.report('2026-07-01', '2026-07-01');

    expect(report).toMatchObject({ timeZone: 'Europe/Istanbul', from: '2026-07-01', to: '2026-07-01' });
    expect(report.channels).toEqual([
      {
        channel: 'email',
        messagesSeen: 2,
        messagesLogged: 2,
        ticketsOpened: 1,
        firstResponse: { answered: 1, medianMinutes: 60, p90Minutes: 60 },
        breaches: 0,
      },
      {
        channel: 'whatsapp',
        messagesSeen: 5,
        messagesLogged: 5,
        ticketsOpened: 4,
        firstResponse: { answered: 2, medianMinutes: 12, p90Minutes: 18.4 },
        // c2 answered after its target; c3 and c4 never answered.
        breaches: 3,
      },
    ]);
    expect(report).toMatchObject({
      tickets: 5,
      resolutionRate: 0.4,
      reopenRate: 0.333,
      escalationRate: 0.2,
      csat: { responses: 1, average: 4 },
    });
    const resolvedTopic = report.topics.find((t) => t.topic === answered.topic)!;
    expect(resolvedTopic.resolved).toBe(1);
    expect(resolvedTopic.resolution.medianMinutes).toBe(minutes(answered.updatedAt, answered.firstInboundAt));
    expect(report.topics.reduce((sum, t) => sum + t.tickets, 0)).toBe(5);
  });

  it('counts the same instants into other days for a hotel in another time zone', async () => {
    const tenant = await server.tenant({ role: 'supervisor', timeZone: 'America/New_York' });
    await seedDay(tenant, server.db);
    const report = await tenant.api.report('2026-07-01', '2026-07-01');

    // New York's 1 July (04:00 UTC to 04:00 UTC) leaves out 30 June 22:30 UTC and takes in 21:30.
    expect(report.timeZone).toBe('America/New_York');
    expect(report.tickets).toBe(5);
    expect(report.channels.find((c) => c.channel === 'whatsapp')!.ticketsOpened).toBe(4);
    const twoDays = await tenant.api.report('2026-06-30', '2026-07-01');
    expect(twoDays.tickets).toBe(6);
  });

  it('is for coordinators and supervisors only', async () => {
    const frontline = await server.tenant();
    const owner = await server.colleague(frontline.hotelId, 'Chef', 'owner');
    for (const { api } of [frontline, owner]) {
      const refused = await api.error(api.raw('GET', '/v1/reports/summary?from=2026-07-01&to=2026-07-01'));
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ error: 'forbidden' });
      expect(refused.body.message).toMatch(/Only coordinators and supervisors can read reports/);
    }
  });

  it('rejects a missing, malformed, reversed or overlong period with 400', async () => {
    const { api } = await server.tenant({ role: 'coordinator' });
    for (const query of [
      'from=2026-07-01',
      'from=2026-13-01&to=2026-13-02',
      'from=01.07.2026&to=02.07.2026',
      'from=2026-07-02&to=2026-07-01',
      'from=2025-01-01&to=2026-07-01',
    ]) {
      const rejected = await api.error(api.raw('GET', `/v1/reports/summary?${query}`));
      expect(rejected.status, query).toBe(400);
      expect(rejected.body.error).toBe('invalid_request');
    }
  });

  it('reports only the caller’s hotel', async () => {
    const busy = await server.tenant({ role: 'coordinator' });
    const quiet = await server.tenant({ role: 'coordinator' });
    await seedDay(busy, server.db);
    const report = await quiet.api.report('2026-07-01', '2026-07-01');

    expect(report).toMatchObject({
      channels: [],
      topics: [],
      tickets: 0,
      resolutionRate: null,
      reopenRate: null,
      escalationRate: null,
      csat: { responses: 0, average: null },
    });
  });
});
