import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './support/databases.ts';
import { guest } from './support/messages.ts';
import { closeAsDuplicate } from './support/workflow-client.ts';

describeOnEachDatabase('tenant isolation', (server) => {
  it('shows each hotel only its own tickets and messages', async () => {
    const belek = await server.tenant({ hotelName: 'Belek Resort' });
    const side = await server.tenant({ hotelName: 'Side Palace' });
    await belek.api.ingest([guest('+90 532 111', 'm1', 0, { text: 'Belek guest' })]);
    await side.api.ingest([guest('+90 532 111', 'm1', 0, { text: 'Side guest' })]);

    const belekList = await belek.api.list();
    const sideList = await side.api.list();
    expect(belekList.tickets).toHaveLength(1);
    expect(sideList.tickets).toHaveLength(1);
    expect(belekList.tickets[0]!.id).not.toBe(sideList.tickets[0]!.id);
    expect((await belek.api.ticket('K-0001')).messages.map((m) => m.text)).toEqual(['Belek guest']);
    expect((await side.api.ticket('K-0001')).messages.map((m) => m.text)).toEqual(['Side guest']);
  });

  it('does not treat another hotel’s message with the same key as a duplicate', async () => {
    const belek = await server.tenant();
    const side = await server.tenant();
    await belek.api.ingest([guest('c1', 'm1', 0)]);
    const response = await side.api.ingest([guest('c1', 'm1', 0)]);

    expect(response.results[0]!.duplicate).toBe(false);
    expect(await server.count('messages', side.hotelId)).toBe(1);
  });

  it('answers 404 for another hotel’s record number, and changes nothing there', async () => {
    const owner = await server.tenant();
    const intruder = await server.tenant();
    await owner.api.ingest([guest('c1', 'm1', 0)]);
    await intruder.api.ingest([guest('x', 'm1', 0)]);
    await closeAsDuplicate(server, intruder.hotelId, 'K-0001');

    // K-0002 exists only in the owner's hotel.
    await owner.api.ingest([guest('c2', 'm1', 1)]);
    const read = await intruder.api.error(intruder.api.raw('GET', '/v1/tickets/K-0002'));
    expect(read.status).toBe(404);
    const patch = await intruder.api.error(
      intruder.api.raw('PATCH', '/v1/tickets/K-0002', { body: { status: 'closed' } }),
    );
    expect(patch.status).toBe(404);
    expect((await owner.api.ticket('K-0002')).ticket.status).toBe('open');
    expect((await owner.api.ticket('K-0001')).ticket.status).toBe('open');
  });

  it('tells each agent who they are and which hotel they belong to', async () => {
    const tenant = await server.tenant({ hotelName: 'Kemer Beach', agentName: 'Deniz' });
    expect(await tenant.api.me()).toEqual({
      agent: { id: tenant.agentId, name: 'Deniz', role: 'frontline' },
      hotel: { id: tenant.hotelId, name: 'Kemer Beach', timeZone: 'Europe/Istanbul' },
    });
  });
});
