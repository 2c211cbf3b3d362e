import { expect, it } from 'vitest';
import { describeOnEachDatabase, type Tenant } from './support/databases.ts';
import { at, guest } from './support/messages.ts';
import { closeAsDuplicate } from './support/workflow-client.ts';

const PHONE = '+905321234567';

/** A WhatsApp message from the guest's phone. */
const whatsapp = (id: string, minute: number, text = 'Merhaba, havaalanı transferi var mı?') =>
  guest(`${PHONE}@c.us`, id, minute, { senderHandle: PHONE, text });

async function guestIdOf(tenant: Tenant, recordNumber: string): Promise<string> {
  return (await tenant.api.ticket(recordNumber)).ticket.guestId!;
}

describeOnEachDatabase('one guest, one record', (server) => {
  it('joins a phone call to the open WhatsApp ticket of the same number', async () => {
    const tenant = await server.tenant();
    const opened = (await tenant.api.ingest([whatsapp('m1', 0)])).tickets[0]!;
    const { ticket } = await tenant.api.logCall({
      guestName: 'Mehmet Yılmaz',
      guestPhone: '0532 123 45 67',
      text: 'Called about the transfer time as well.',
      calledAt: at(5),
    });

    expect(ticket.recordNumber).toBe(opened.recordNumber);
    // The WhatsApp message, the guest on the call, and the answer on the call.
    expect(ticket.messageCount).toBe(3);
    const detail = await tenant.api.ticket(opened.recordNumber);
    expect(detail.conversations).toEqual([
      { channel: 'whatsapp', conversationId: `${PHONE}@c.us` },
      { channel: 'phone', conversationId: `tel:${PHONE}` },
    ]);
    // The extension finds a conversation's ticket by its id, also when the conversation joined it.
    const byCall = await tenant.api.list({ conversationId: `tel:${PHONE}` });
    expect(byCall.tickets.map((t) => t.recordNumber)).toEqual([opened.recordNumber]);
    const { links } = await tenant.api.guest(ticket.guestId!);
    expect(links.map((l) => [l.channel, l.reason, l.matchedOn, l.phone])).toEqual([
      ['whatsapp', 'first_contact', null, PHONE],
      ['phone', 'phone', PHONE, PHONE],
    ]);
  });

  it('links by reservation number and by e-mail address, each link saying why', async () => {
    const tenant = await server.tenant();
    const booking = (
      await tenant.api.ingest([
        guest('booking-thread-1', 'b1', 0, {
          channel: 'booking',
          reservationNumber: '4012 345 678',
          guestName: 'Anna Schmidt',
          senderHandle: 'anna.482@guest.booking.com',
        }),
      ])
    ).tickets[0]!;
    const call = await tenant.api.logCall({
      guestName: 'Anna Schmidt',
      guestPhone: '+49 151 2345 6789',
      reservationNumber: '4012345678',
      text: 'Asked whether the booking includes breakfast.',
      calledAt: at(10),
    });
    const email = await tenant.api.ingest([
      guest('gmail-thread-9', 'e1', 20, { channel: 'email', senderHandle: 'Anna.482@Guest.Booking.com' }),
    ]);

    expect(call.ticket.recordNumber).toBe(booking.recordNumber);
    expect(email.results[0]!.recordNumber).toBe(booking.recordNumber);
    const { guest: record, links, tickets } = await tenant.api.guest(booking.guestId!);
    expect(record.name).toBe('Anna Schmidt');
    expect(links.map((l) => [l.channel, l.reason, l.matchedOn])).toEqual([
      ['booking', 'first_contact', null],
      ['phone', 'reservation', '4012345678'],
      ['email', 'email', 'anna.482@guest.booking.com'],
    ]);
    expect(tickets.map((t) => t.recordNumber)).toEqual([booking.recordNumber]);
  });

  it('opens a new ticket for the same guest once the open one is closed', async () => {
    const tenant = await server.tenant();
    const first = (await tenant.api.ingest([whatsapp('m1', 0)])).tickets[0]!;
    await closeAsDuplicate(server, tenant.hotelId, first.recordNumber);
    const call = await tenant.api.logCall({
      guestName: 'Mehmet',
      guestPhone: PHONE,
      text: 'A new question about parking.',
    });

    expect(call.ticket.recordNumber).not.toBe(first.recordNumber);
    expect(call.ticket.guestId).toBe(first.guestId);
    const { tickets } = await tenant.api.guest(first.guestId!);
    expect(tickets.map((t) => t.recordNumber).sort()).toEqual(
      [first.recordNumber, call.ticket.recordNumber].sort(),
    );
  });

  it('keeps different guests, and the same guest in another hotel, apart', async () => {
    const belek = await server.tenant();
    const side = await server.tenant();
    const a = (await belek.api.ingest([whatsapp('m1', 0)])).tickets[0]!;
    const b = (await belek.api.ingest([guest('+905559998877', 'm1', 1, { senderHandle: '+905559998877' })]))
      .tickets[0]!;
    const elsewhere = (await side.api.ingest([whatsapp('m1', 0)])).tickets[0]!;

    expect(a.guestId).not.toBe(b.guestId);
    expect(a.recordNumber).not.toBe(b.recordNumber);
    expect(elsewhere.guestId).not.toBe(a.guestId);
    expect((await side.api.error(side.api.raw('GET', `/v1/guests/${a.guestId}`))).status).toBe(404);
  });

  it('lets a coordinator merge two guests: links and tickets move, the other record goes', async () => {
    const tenant = await server.tenant();
    const coordinator = await server.colleague(tenant.hotelId, 'Ayşe', 'coordinator');
    const a = (await tenant.api.ingest([whatsapp('m1', 0)])).tickets[0]!;
    const b = (
      await tenant.api.ingest([guest('mail-1', 'e1', 1, { channel: 'email', senderHandle: 'm@y.tr' })])
    ).tickets[0]!;

    const merged = await coordinator.api.mergeGuests(a.guestId!, b.guestId!);
    expect(merged.links.map((l) => [l.channel, l.reason])).toEqual([
      ['whatsapp', 'first_contact'],
      ['email', 'manual'],
    ]);
    expect(merged.tickets.map((t) => t.recordNumber).sort()).toEqual([a.recordNumber, b.recordNumber].sort());
    expect((await tenant.api.ticket(b.recordNumber)).ticket.guestId).toBe(a.guestId);
    expect((await tenant.api.error(tenant.api.raw('GET', `/v1/guests/${b.guestId}`))).status).toBe(404);
    expect(await server.count('guests', tenant.hotelId)).toBe(1);
  });

  it('lets a coordinator unmerge a contact: it leaves with its tickets and stops joining the guest’s', async () => {
    const tenant = await server.tenant();
    const coordinator = await server.colleague(tenant.hotelId, 'Ayşe', 'supervisor');
    const opened = (await tenant.api.ingest([whatsapp('m1', 0)])).tickets[0]!;
    await tenant.api.logCall({
      guestName: 'Someone else',
      guestPhone: PHONE,
      text: 'Wrong person',
      calledAt: at(1),
    });
    const phoneLink = (await tenant.api.guest(opened.guestId!)).links.find((l) => l.channel === 'phone')!;

    const { guest: stays, separated } = await coordinator.api.unmergeGuest(opened.guestId!, phoneLink.id);
    expect(stays.links.map((l) => l.channel)).toEqual(['whatsapp']);
    expect(separated.links.map((l) => [l.channel, l.reason])).toEqual([['phone', 'manual']]);
    expect((await tenant.api.ticket(opened.recordNumber)).conversations).toEqual([
      { channel: 'whatsapp', conversationId: `${PHONE}@c.us` },
    ]);

    const next = await tenant.api.logCall({
      guestName: 'Someone else',
      guestPhone: PHONE,
      text: 'Calling again',
    });
    expect(next.ticket.recordNumber).not.toBe(opened.recordNumber);
    expect(next.ticket.guestId).toBe(separated.guest.id);
  });

  it('refuses merging and unmerging to frontline agents, and bad requests, changing nothing', async () => {
    const tenant = await server.tenant();
    const coordinator = await server.colleague(tenant.hotelId, 'Ayşe', 'coordinator');
    const a = (await tenant.api.ingest([whatsapp('m1', 0)])).tickets[0]!;
    const b = (
      await tenant.api.ingest([guest('mail-1', 'e1', 1, { channel: 'email', senderHandle: 'm@y.tr' })])
    ).tickets[0]!;
    const before = [await tenant.api.guest(a.guestId!), await tenant.api.guest(b.guestId!)];
    const merge = (id: string, body: object, api = coordinator.api) =>
      api.error(api.raw('POST', `/v1/guests/${id}/merge`, { body }));
    const link = before[0]!.links[0]!;

    const forbidden = await merge(a.guestId!, { otherGuestId: b.guestId }, tenant.api);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.message).toMatch(/Only coordinators and supervisors can merge guests/);
    const frontlineUnmerge = await tenant.api.error(
      tenant.api.raw('POST', `/v1/guests/${a.guestId}/unmerge`, { body: { linkId: link.id } }),
    );
    expect(frontlineUnmerge.status).toBe(403);
    expect((await merge(a.guestId!, { otherGuestId: a.guestId })).status).toBe(400);
    expect((await merge(a.guestId!, { otherGuestId: 'not-a-uuid' })).status).toBe(400);
    expect((await merge('not-a-uuid', { otherGuestId: b.guestId })).status).toBe(400);
    expect((await merge(a.guestId!, { otherGuestId: crypto.randomUUID() })).status).toBe(404);
    const unmerge = (id: string, linkId: string) =>
      coordinator.api.error(coordinator.api.raw('POST', `/v1/guests/${id}/unmerge`, { body: { linkId } }));
    expect((await unmerge(a.guestId!, link.id)).status).toBe(409);
    expect((await unmerge(b.guestId!, link.id)).status).toBe(404);

    expect([await tenant.api.guest(a.guestId!), await tenant.api.guest(b.guestId!)]).toEqual(before);
  });

  it('cannot merge or read another hotel’s guests', async () => {
    const belek = await server.tenant({ role: 'coordinator' });
    const side = await server.tenant({ role: 'coordinator' });
    const mine = (await belek.api.ingest([whatsapp('m1', 0)])).tickets[0]!;
    const theirs = (await side.api.ingest([guest('x', 'm1', 0, { senderHandle: '+905001112233' })]))
      .tickets[0]!;

    const merge = await belek.api.error(
      belek.api.raw('POST', `/v1/guests/${mine.guestId}/merge`, { body: { otherGuestId: theirs.guestId } }),
    );
    expect(merge.status).toBe(404);
    expect((await side.api.guest(theirs.guestId!)).tickets).toHaveLength(1);
  });
});
