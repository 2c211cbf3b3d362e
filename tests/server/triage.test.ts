import { expect, it } from 'vitest';
import { setHotelRoutingConfig } from '../../server/repositories/tenant-repository.ts';
import { DEFAULT_ROUTING_CONFIG } from '../../shared/routing.ts';
import { describeOnEachDatabase } from './support/databases.ts';
import { guest, staff } from './support/messages.ts';

const BROKEN_AC = 'Merhaba, odamızdaki klima çalışmıyor, çok sıcak. Teknik servis gönderebilir misiniz?';
const BREAKFAST = 'Hi, what time does breakfast start?';
const INJURY = 'My child slipped by the pool and is bleeding, we need a doctor now!';
const CANCEL = 'Guten Tag, ich möchte meine Buchung stornieren.';

describeOnEachDatabase('triage on ingest', (server) => {
  it('stores each guest message’s classification with the cues that decided it', async () => {
    const { api } = await server.tenant();
    const { tickets } = await api.ingest([guest('c1', 'm1', 0, { text: BROKEN_AC }), staff('c1', 'm2', 3)]);
    const { messages } = await api.ticket(tickets[0]!.recordNumber);

    const inbound = messages.find((m) => m.direction === 'inbound')!;
    expect(inbound.classification).toMatchObject({
      language: 'tr',
      topic: 'complaint',
      area: 'technical_service',
    });
    expect(inbound.classification!.cues.some((c) => c.field === 'topic')).toBe(true);
    expect(messages.find((m) => m.direction === 'outbound')!.classification).toBeNull();
  });

  it('labels the ticket and routes it to the team that fixes it', async () => {
    const { api } = await server.tenant();
    const ticket = (await api.ingest([guest('c1', 'm1', 0, { text: BROKEN_AC })])).tickets[0]!;

    expect(ticket).toMatchObject({
      language: 'tr',
      topic: 'complaint',
      stage: 'in_stay',
      priority: 'urgent',
      escalation: [],
      team: 'technical_service',
      correctedFields: [],
    });
  });

  it('takes the stage from the stay dates a message carries, and keeps them for later messages', async () => {
    const { api } = await server.tenant();
    const stay = { checkIn: '2026-08-20', checkOut: '2026-08-27' };
    const before = (await api.ingest([guest('b1', 'm1', 0, { channel: 'booking', text: BREAKFAST, stay })]))
      .tickets[0]!;
    expect(before).toMatchObject({ stage: 'pre_stay', stay });

    const during = { checkIn: '2026-06-28', checkOut: '2026-07-05' };
    const inStay = (
      await api.ingest([guest('b2', 'm1', 0, { channel: 'booking', text: BREAKFAST, stay: during })])
    ).tickets[0]!;
    expect(inStay.stage).toBe('in_stay');
    // A later message without dates is still read against the ticket's stay.
    const later = (await api.ingest([guest('b2', 'm2', 5, { channel: 'booking', text: 'And lunch?' })]))
      .tickets[0]!;
    expect(later.stage).toBe('in_stay');
  });

  it('routes with the hotel’s own rules', async () => {
    const tenant = await server.tenant();
    await setHotelRoutingConfig(server.db, tenant.hotelId, {
      ...DEFAULT_ROUTING_CONFIG,
      rules: [{ topic: 'cancellation', team: 'front_office' }],
    });
    const ticket = (await tenant.api.ingest([guest('c1', 'm1', 0, { text: CANCEL })])).tickets[0]!;

    expect(ticket).toMatchObject({ topic: 'cancellation', language: 'de', team: 'front_office' });
  });

  it('keeps an agent’s corrections through later guest messages', async () => {
    const { api } = await server.tenant();
    const { recordNumber } = (await api.ingest([guest('c1', 'm1', 0, { text: BREAKFAST })])).tickets[0]!;

    const corrected = await api.update(recordNumber, { topic: 'special_request', team: 'food_beverage' });
    expect(corrected).toMatchObject({
      topic: 'special_request',
      team: 'food_beverage',
      status: 'open',
      correctedFields: ['topic', 'team'],
    });
    expect(BigInt(corrected.changeSeq)).toBeGreaterThan(0n);

    const later = (await api.ingest([guest('c1', 'm2', 5, { text: CANCEL })])).tickets[0]!;
    expect(later).toMatchObject({ topic: 'special_request', team: 'food_beverage', language: 'de' });
  });

  it('changes status and labels in one request, and a priority set by hand feeds the SLA target', async () => {
    const { api } = await server.tenant();
    const { recordNumber, sla } = (await api.ingest([guest('c1', 'm1', 0, { text: BREAKFAST })])).tickets[0]!;
    expect(sla.targetMinutes).toBe(15);
    // Waiting for the guest needs the guest answered first (issue 8).
    await api.ingest([staff('c1', 'm2', 1)]);

    const urgent = await api.update(recordNumber, { priority: 'urgent', status: 'pending_guest' });
    expect(urgent).toMatchObject({ priority: 'urgent', status: 'pending_guest' });
    const reopened = await api.update(recordNumber, { status: 'open' });
    expect(reopened.priority).toBe('urgent');
    expect(reopened.sla.targetMinutes).toBeLessThan(15);
  });

  it('makes a ticket with an escalation reason urgent and tells the supervisor once', async () => {
    const { api } = await server.tenant();
    const ticket = (await api.ingest([guest('c1', 'm1', 0, { text: INJURY })])).tickets[0]!;
    expect(ticket).toMatchObject({ priority: 'urgent', escalation: ['safety'] });
    await api.ingest([guest('c1', 'm2', 1, { text: 'Please hurry, he is bleeding' })]);

    const { notifications } = await api.notifications();
    const escalations = notifications.filter((n) => n.kind === 'escalation');
    expect(escalations).toHaveLength(1);
    expect(escalations[0]).toMatchObject({
      ticketId: ticket.id,
      recordNumber: ticket.recordNumber,
      notify: 'supervisor',
      reasons: ['safety'],
      forYou: false,
    });
  });

  it('tells the supervisor when an agent adds an escalation reason by hand', async () => {
    const { api } = await server.tenant();
    const { recordNumber } = (await api.ingest([guest('c1', 'm1', 0, { text: BREAKFAST })])).tickets[0]!;
    const escalated = await api.update(recordNumber, { escalation: ['high_cost'] });

    expect(escalated).toMatchObject({ escalation: ['high_cost'], priority: 'urgent' });
    const { notifications } = await api.notifications();
    const escalations = notifications.filter((n) => n.kind === 'escalation');
    expect(escalations.map((n) => [n.notify, n.reasons])).toEqual([['supervisor', ['high_cost']]]);
  });

  it('rejects a correction with an unknown label or field, or with nothing in it, and changes nothing', async () => {
    const { api } = await server.tenant();
    const ticket = (await api.ingest([guest('c1', 'm1', 0, { text: BREAKFAST })])).tickets[0]!;
    const url = `/v1/tickets/${ticket.recordNumber}`;

    for (const body of [
      { topic: 'gossip' },
      { team: 'spa' },
      { owner: 'me' },
      {},
      { escalation: 'safety' },
    ]) {
      const rejected = await api.error(api.raw('PATCH', url, { body }));
      expect(rejected.status).toBe(400);
      expect(rejected.body.error).toBe('invalid_request');
    }
    expect((await api.ticket(ticket.recordNumber)).ticket).toEqual(ticket);
  });

  it('answers 404 when correcting another hotel’s ticket, and leaves it as it was', async () => {
    const owner = await server.tenant();
    const intruder = await server.tenant();
    const ticket = (await owner.api.ingest([guest('c1', 'm1', 0, { text: BREAKFAST })])).tickets[0]!;

    const rejected = await intruder.api.error(
      intruder.api.raw('PATCH', `/v1/tickets/${ticket.recordNumber}`, { body: { topic: 'refund' } }),
    );
    expect(rejected.status).toBe(404);
    expect((await owner.api.ticket(ticket.recordNumber)).ticket.topic).toBe('question');
  });
});
