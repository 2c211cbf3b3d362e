import { expect, it } from 'vitest';
import { slaStatus } from '../../shared/sla-clock.ts';
import { setHotelSlaPolicy } from '../../server/repositories/tenant-repository.ts';
import { describeOnEachDatabase } from './support/databases.ts';
import { at, guest, staff } from './support/messages.ts';

describeOnEachDatabase('ticket facts, SLA clock and status', (server) => {
  it('starts a first-response clock on the guest message and marks it met by the reply', async () => {
    const { api } = await server.tenant();
    const opened = (await api.ingest([guest('c1', 'm1', 0)])).tickets[0]!;
    expect(opened).toMatchObject({
      status: 'open',
      firstInboundAt: at(0),
      awaitingSince: at(0),
      firstResponseAt: null,
      sla: { kind: 'first_response', startedAt: at(0), dueAt: at(15), targetMinutes: 15, metAt: null },
    });

    const answered = (await api.ingest([staff('c1', 'm2', 4)])).tickets[0]!;
    expect(answered).toMatchObject({
      firstResponseAt: at(4),
      lastOutboundAt: at(4),
      awaitingSince: null,
      sla: { kind: 'first_response', metAt: at(4) },
    });
    expect(slaStatus(answered.sla, new Date(at(60))).state).toBe('met');
  });

  it('starts a next-response clock when the guest writes again after the reply', async () => {
    const { api } = await server.tenant();
    await api.ingest([guest('c1', 'm1', 0), staff('c1', 'm2', 4)]);
    const ticket = (await api.ingest([guest('c1', 'm3', 30), guest('c1', 'm4', 31)])).tickets[0]!;

    expect(ticket).toMatchObject({
      firstResponseAt: at(4),
      lastInboundAt: at(31),
      awaitingSince: at(30),
      messageCount: 4,
      sla: { kind: 'next_response', startedAt: at(30), dueAt: at(45), metAt: null },
    });
    expect(slaStatus(ticket.sla, new Date(at(40))).state).toBe('on_track');
    expect(slaStatus(ticket.sla, new Date(at(46))).state).toBe('breached');
  });

  it('does not count a staff message sent before the guest wrote as the first response', async () => {
    const { api } = await server.tenant();
    await api.ingest([guest('c1', 'm2', 10)]);
    const ticket = (await api.ingest([staff('c1', 'm1', 5)])).tickets[0]!;

    expect(ticket.firstResponseAt).toBeNull();
    expect(ticket.awaitingSince).toBe(at(10));
  });

  it('gives record numbers K-0001, K-0002, ... per hotel, each once', async () => {
    const first = await server.tenant();
    const second = await server.tenant();
    const a = await first.api.ingest([guest('c1', 'm', 0), guest('c2', 'm', 1), guest('c3', 'm', 2)]);
    const b = await second.api.ingest([guest('c1', 'm', 0)]);
    const c = await first.api.ingest([guest('c4', 'm', 3), guest('c1', 'm2', 4)]);

    expect(a.results.map((r) => r.recordNumber)).toEqual(['K-0001', 'K-0002', 'K-0003']);
    expect(b.results[0]!.recordNumber).toBe('K-0001');
    expect(c.results.map((r) => r.recordNumber)).toEqual(['K-0004', 'K-0001']);
  });

  it('pauses the clock while waiting for the guest and when resolved, and sets closedAt on close', async () => {
    const { api } = await server.tenant();
    const { recordNumber } = (await api.ingest([guest('c1', 'm1', 0), staff('c1', 'm2', 1)])).tickets[0]!;

    const pending = await api.setStatus(recordNumber, 'pending_guest');
    expect(pending.status).toBe('pending_guest');
    // Answered, so the first-response clock is met; the resolution clock is the one that stops.
    expect(pending.clocks!.resolution.pausedAt).not.toBeNull();
    expect(slaStatus(pending.clocks!.resolution, new Date(at(60))).state).toBe('paused');

    const reopened = await api.setStatus(recordNumber, 'open');
    expect(reopened.clocks!.resolution.pausedAt).toBeNull();
    expect(BigInt(reopened.changeSeq)).toBeGreaterThan(BigInt(pending.changeSeq));

    const resolved = await api.setStatus(recordNumber, 'resolved');
    expect(resolved.clocks!.resolution.metAt).not.toBeNull();
    expect(resolved.closedAt).toBeNull();

    await api.ingest([staff('c1', 'm3', 2, { templateKind: 'closing' })]);
    const closed = await api.update(recordNumber, { status: 'closed', rootCause: 'no-fault-information' });
    expect(closed.closedAt).not.toBeNull();
    expect((await api.ticket(recordNumber)).ticket.status).toBe('closed');
  });

  it('reopens a resolved or pending ticket when the guest writes again, but not on a staff message', async () => {
    const { api } = await server.tenant();
    const { recordNumber } = (await api.ingest([guest('c1', 'm1', 0), staff('c1', 'm2', 1)])).tickets[0]!;
    await api.setStatus(recordNumber, 'resolved');

    const afterStaff = (await api.ingest([staff('c1', 'm3', 2)])).tickets[0]!;
    expect(afterStaff.status).toBe('resolved');

    const afterGuest = (await api.ingest([guest('c1', 'm4', 3)])).tickets[0]!;
    expect(afterGuest).toMatchObject({ recordNumber, status: 'open', awaitingSince: at(3) });
    expect(afterGuest.sla).toMatchObject({ kind: 'next_response', pausedAt: null });

    await api.ingest([staff('c1', 'm5', 4)]);
    await api.setStatus(recordNumber, 'pending_guest');
    expect((await api.ingest([guest('c1', 'm6', 5)])).tickets[0]!.status).toBe('open');
  });

  it('opens a new ticket for a closed conversation, and refuses to reopen the closed one then', async () => {
    const { api } = await server.tenant();
    const old = (await api.ingest([guest('c1', 'm1', 0), staff('c1', 'm0', 1, { templateKind: 'closing' })]))
      .tickets[0]!;
    await api.update(old.recordNumber, { status: 'closed', rootCause: 'no-fault-information' });

    const next = (await api.ingest([guest('c1', 'm2', 60, { text: 'Hello again' })])).tickets[0]!;
    expect(next.recordNumber).toBe('K-0002');
    expect(next.messageCount).toBe(1);

    const refused = await api.error(
      api.raw('PATCH', `/v1/tickets/${old.recordNumber}`, { body: { status: 'open' } }),
    );
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('K-0002');
    expect((await api.ticket(old.recordNumber)).ticket.status).toBe('closed');
  });

  it('applies the hotel SLA policy stored on the hotel', async () => {
    const { api, hotelId } = await server.tenant();
    await setHotelSlaPolicy(server.db, hotelId, {
      timeZone: 'Europe/Istanbul',
      dueSoonShare: 0.5,
      targets: [{ firstResponseMinutes: 3 }],
    });
    const ticket = (await api.ingest([guest('c1', 'm1', 0)])).tickets[0]!;

    expect(ticket.sla).toMatchObject({ targetMinutes: 3, dueAt: at(3), dueSoonShare: 0.5 });
  });
});
