import { expect, it } from 'vitest';
import { slaStatus } from '../../shared/sla-clock.ts';
import type { StatusPeriod } from '../../shared/sla-status-periods.ts';
import { setHotelSlaPolicy } from '../../server/repositories/tenant-repository.ts';
import { describeOnEachDatabase } from './support/databases.ts';
import { at, guest, staff } from './support/messages.ts';
import { closeAsDuplicate } from './support/workflow-client.ts';

const MINUTE = 60_000;
const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

describeOnEachDatabase('SLA engine: pauses, business hours and every clock', (server) => {
  const statusPeriods = async (ticketId: string) => {
    const [row] = await server.db.query<{ status_periods: StatusPeriod[] }>(
      'select status_periods from tickets where id = $1',
      [ticketId],
    );
    return row!.status_periods;
  };

  it('moves the due time by exactly the time the ticket waited for the guest', async () => {
    const { api } = await server.tenant();
    const wrote = new Date(Date.now() - 10 * MINUTE).toISOString();
    const replied = new Date(Date.parse(wrote) + MINUTE).toISOString();
    const { id, recordNumber } = (
      await api.ingest([
        guest('c1', 'm1', 0, { sentAt: wrote }),
        staff('c1', 'm2', 0, { sentAt: replied, capturedAt: replied }),
      ])
    ).tickets[0]!;
    const due = (await api.ticket(recordNumber)).ticket.clocks!.resolution.dueAt;

    // Waiting for the guest needs a reply first (issue 8); the resolution clock is the one it stops.
    const pending = await api.setStatus(recordNumber, 'pending_guest');
    expect(slaStatus(pending.clocks!.resolution, new Date()).state).toBe('paused');
    const reopened = await api.setStatus(recordNumber, 'open');

    const [wait] = await statusPeriods(id);
    expect(wait).toMatchObject({ status: 'pending_guest', from: pending.clocks!.resolution.pausedAt });
    const paused = Date.parse(wait!.to!) - Date.parse(wait!.from);
    expect(reopened.clocks!.resolution).toMatchObject({ pausedAt: null });
    expect(reopened.clocks!.resolution.dueAt).toBe(plus(due, paused));
  });

  it('ends a wait when the guest wrote, even if the message arrives later, and the reply is then on time', async () => {
    const { api } = await server.tenant();
    const { id, recordNumber } = (await api.ingest([guest('c1', 'm1', 0)])).tickets[0]!;
    // An agent marked the ticket as waiting for the guest five minutes after the message.
    await server.db.query(
      `update tickets set status = 'pending_guest', status_changed_at = $2 where id = $1`,
      [id, at(5)],
    );

    const back = (await api.ingest([guest('c1', 'm2', 35)])).tickets[0]!;
    expect(back).toMatchObject({ recordNumber, status: 'open' });
    expect(await statusPeriods(id)).toEqual([{ status: 'pending_guest', from: at(5), to: at(35) }]);
    // 15 minutes to answer, 30 of them spent waiting for the guest.
    expect(back.sla).toMatchObject({ kind: 'first_response', dueAt: at(45), pausedAt: null });

    const answered = (await api.ingest([staff('c1', 'm3', 40)])).tickets[0]!;
    expect(slaStatus(answered.sla, new Date())).toMatchObject({ state: 'met', late: false });
  });

  it('measures resolution to when the ticket was resolved, whatever happens after', async () => {
    const { api } = await server.tenant();
    const { id, recordNumber } = (await api.ingest([guest('c1', 'm1', 0), staff('c1', 'm2', 3)])).tickets[0]!;

    const resolved = await api.setStatus(recordNumber, 'resolved');
    const closed = await closeAsDuplicate(server, (await api.me()).hotel.id, recordNumber);

    const [resolving, closing] = await statusPeriods(id);
    expect(resolving).toMatchObject({ status: 'resolved', to: closing!.from });
    expect(closing).toMatchObject({ status: 'closed', to: null });
    expect(resolved.clocks?.resolution).toMatchObject({ startedAt: at(0), metAt: resolving!.from });
    expect(closed.clocks?.resolution.metAt).toBe(resolving!.from);
    expect(closed.sla).toMatchObject({ kind: 'first_response', metAt: at(3) });
  });

  it('asks for an interim update when a complaint overruns its resolution target, met by the next reply', async () => {
    const { api } = await server.tenant();
    const { recordNumber } = (await api.ingest([guest('c1', 'm1', 0), staff('c1', 'm2', 5)])).tickets[0]!;
    const complaint = await api.update(recordNumber, {
      topic: 'complaint',
      stage: 'in_stay',
      priority: 'normal',
    });

    // In-stay: resolved within 4 hours, or an update within 30 minutes after that.
    expect(complaint.clocks?.resolution).toMatchObject({ dueAt: at(240), metAt: null });
    expect(complaint.sla).toMatchObject({
      kind: 'interim_update',
      startedAt: at(240),
      dueAt: at(270),
      metAt: null,
    });

    const updated = (
      await api.ingest([staff('c1', 'm3', 230), staff('c1', 'm4', 250), staff('c1', 'm5', 260)])
    ).tickets[0]!;
    expect(updated.sla).toMatchObject({ kind: 'interim_update', metAt: at(250) });
    expect(slaStatus(updated.sla, new Date()).late).toBe(false);
  });

  it("counts business hours in the hotel's zone: Friday 16:50 in Berlin plus an hour is Monday 09:50, after the DST change", async () => {
    const { api, hotelId } = await server.tenant();
    const weekday = [{ start: '09:00', end: '17:00' }];
    await setHotelSlaPolicy(server.db, hotelId, {
      timeZone: 'Europe/Berlin',
      timeBasis: 'business',
      businessHours: { weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday } },
      targets: [{ firstResponseMinutes: 60 }],
    });
    // Friday 27 March 2026, 16:50 CET; clocks go forward on Sunday 29 March.
    const ticket = (await api.ingest([guest('c1', 'm1', 0, { sentAt: '2026-03-27T15:50:00.000Z' })]))
      .tickets[0]!;

    expect(ticket.sla).toMatchObject({ targetMinutes: 60, dueAt: '2026-03-30T07:50:00.000Z' });
  });
});
