// Issue 11: the reply target per public source, and the guest's later private conversation
// joining the public comment's or review's record: by the same account, by the reservation the
// review showed, by full name with the stay dates, or by a coordinator's link; never by a name
// alone. Also what the reports read of such a ticket.
import { expect, it } from 'vitest';
import type { CapturedMessage } from '../../shared/message.ts';
import { DEFAULT_SLA_POLICY } from '../../shared/sla-policy.ts';
import { describeOnEachDatabase } from './support/databases.ts';
import { at, guest } from './support/messages.ts';
import { workflow } from './support/workflow-client.ts';

const STAY = { checkIn: '2026-06-20', checkOut: '2026-06-27' };

function review(
  channel: CapturedMessage['channel'],
  publicSource: CapturedMessage['publicSource'],
  id: string,
  minute: number,
  over: Partial<CapturedMessage> = {},
) {
  return guest(`review:${id}`, id, minute, {
    channel,
    senderName: 'Anna Schmidt',
    text: 'The room was not cleaned for three days.',
    visibility: 'public',
    publicSource,
    rating: { value: 2, outOf: 5 },
    ...over,
  });
}

describeOnEachDatabase('public contacts joined by private ones', (server) => {
  it('takes the reply target the coordinator set for each public source, Zod-checked and recorded', async () => {
    const { api, hotelId } = await server.tenant();
    const coordinator = workflow((await server.colleague(hotelId, 'Derya', 'coordinator')).api);
    const refused = await coordinator.patchSettingsRaw({
      sla: { ...DEFAULT_SLA_POLICY, targets: [{ publicSource: 'yelp_review', firstResponseMinutes: 5 }] },
    });
    expect(refused.status).toBe(400);
    expect(
      (await workflow(api).patchSettingsRaw({ sla: { ...DEFAULT_SLA_POLICY, targets: [] } })).status,
    ).toBe(403);

    await coordinator.patchSettings({
      sla: {
        ...DEFAULT_SLA_POLICY,
        targets: [
          ...DEFAULT_SLA_POLICY.targets,
          { publicSource: 'tripadvisor_review', firstResponseMinutes: 120, timeBasis: 'calendar' },
        ],
      },
    });
    const { tickets } = await api.ingest([
      review('tripadvisor', 'tripadvisor_review', 'ta1', 0),
      review('booking', 'booking_review', 'bk1', 0, { rating: { value: 6, outOf: 10 } }),
      guest('booking-thread', 'bm1', 0, { channel: 'booking', text: 'Is there parking?' }),
    ]);
    const target = (channel: string, visibility: string) =>
      tickets.find((t) => t.channel === channel && t.visibility === visibility)!.sla;
    expect(target('tripadvisor', 'public')).toMatchObject({ targetMinutes: 120, startedAt: at(0) });
    // A Booking.com review is answered within a business day, its messages on the 24-hour rule.
    expect(target('booking', 'public').targetMinutes).toBe(24 * 60);
    expect(Date.parse(target('booking', 'public').dueAt)).toBeGreaterThan(Date.parse(at(24 * 60)));
    expect(target('booking', 'private').dueAt).toBe(at(24 * 60));
    const { changes } = await coordinator.settingsChanges();
    expect(changes.map((c) => [c.agentName, c.sections])).toEqual([['Derya', ['sla']]]);
  });

  it('joins an Instagram DM from the account that wrote the comment to the comment’s record', async () => {
    const { api } = await server.tenant();
    const comment = guest('comment:17981234567890123', '17981234567890123', 0, {
      channel: 'instagram',
      senderName: 'deniz.k',
      senderHandle: '@deniz.k',
      text: 'Odamızın kliması 3 gündür çalışmıyor!',
      visibility: 'public',
      publicSource: 'instagram_comment',
    });
    const opened = (await api.ingest([comment])).tickets[0]!;
    expect(opened).toMatchObject({ startedPublic: true, privateJoinedAt: null });

    const dm = guest('17842390211052799', 'mid.$dm1', 45, {
      channel: 'instagram',
      senderName: 'Deniz Kaya',
      senderHandle: '@Deniz.K',
      text: 'Oda numaram 2114.',
    });
    const joined = await api.ingest([dm]);
    expect(joined.results[0]!.recordNumber).toBe(opened.recordNumber);
    expect(joined.tickets[0]).toMatchObject({
      id: opened.id,
      visibility: 'public',
      startedPublic: true,
      privateJoinedAt: at(45),
      privateJoinChannel: 'instagram',
      privateJoinReason: 'same_account',
    });
    const link = (await api.guest(opened.guestId!)).links.find((l) => l.conversationId === dm.conversationId);
    expect(link).toMatchObject({ reason: 'same_account', matchedOn: '@deniz.k' });

    // Another account on another network with the same handle is someone else.
    const other = guest('100087654321098', 'm.fb1', 60, {
      channel: 'messenger',
      senderHandle: 'deniz.k',
      text: 'Hello',
    });
    expect((await api.ingest([other])).results[0]!.recordNumber).not.toBe(opened.recordNumber);
  });

  it('joins a Booking.com message to the review that showed its reservation number', async () => {
    const { api } = await server.tenant();
    const opened = (
      await api.ingest([
        review('booking', 'booking_review', 'bk2', 0, {
          rating: { value: 3, outOf: 10 },
          reservationNumber: '4012345678',
          stay: STAY,
        }),
      ])
    ).tickets[0]!;
    const message = guest('booking-thread-2', 'bm2', 90, {
      channel: 'booking',
      senderName: 'Anna',
      reservationNumber: '4012 345 678',
      text: 'Thank you for your reply. It was room 514.',
    });
    const joined = await api.ingest([message]);
    expect(joined.results[0]!.recordNumber).toBe(opened.recordNumber);
    expect(joined.tickets[0]).toMatchObject({
      privateJoinChannel: 'booking',
      privateJoinReason: 'reservation',
      privateJoinedAt: at(90),
    });
    // An older message of that conversation, captured late, joins the record but moved nowhere.
    const older = await api.ingest([{ ...message, platformMessageId: 'bm1', sentAt: at(-600), text: 'Hi' }]);
    expect(older.results[0]!.recordNumber).toBe(opened.recordNumber);
    expect(older.tickets[0]).toMatchObject({ startedPublic: true, privateJoinedAt: at(90) });
  });

  it('joins a full name with overlapping stay dates, and never a name alone or a name with only the month', async () => {
    const { api } = await server.tenant();
    const [dated, monthOnly] = (
      await api.ingest([
        review('booking', 'booking_review', 'bk3', 0, { rating: { value: 4, outOf: 10 }, stay: STAY }),
        review('tripadvisor', 'tripadvisor_review', 'ta3', 0, {
          senderName: 'Mehmet Yılmaz',
          stayMonth: '2026-06',
        }),
      ])
    ).tickets;
    const email = (id: string, sender: string, minute: number, stay?: typeof STAY) =>
      guest(`thread-${id}`, id, minute, {
        channel: 'email',
        senderName: sender,
        senderHandle: `${id}@example.com`,
        text: 'About my stay in June.',
        ...(stay ? { stay } : {}),
      });
    const overlapping = { checkIn: '2026-06-25', checkOut: '2026-06-30' };
    const { results } = await api.ingest([
      email('e1', 'ANNA SCHMIDT', 30, overlapping),
      email('e2', 'Mehmet Yilmaz', 30, STAY),
      email('e3', 'Anna Schmidt', 30),
    ]);
    expect(results.map((r) => r.recordNumber)).toEqual([
      dated!.recordNumber,
      expect.not.stringMatching(monthOnly!.recordNumber),
      expect.not.stringMatching(dated!.recordNumber),
    ]);
    const link = (await api.guest(dated!.guestId!)).links.find((l) => l.conversationId === 'thread-e1');
    expect(link).toMatchObject({
      reason: 'name_and_stay',
      matchedOn: 'anna schmidt · 2026-06-25/2026-06-30',
    });
    expect((await api.ticket(monthOnly!.recordNumber)).ticket.privateJoinedAt).toBeNull();
  });

  it('joins nothing when two public authors of the same name stayed at the same time', async () => {
    const { api } = await server.tenant();
    const [first, second] = (
      await api.ingest([
        review('booking', 'booking_review', 'bk4', 0, { rating: { value: 5, outOf: 10 }, stay: STAY }),
        review('google', 'google_review', 'g4', 5, { stay: STAY }),
      ])
    ).tickets;
    const { results } = await api.ingest([
      guest('wa-anna', 'w1', 60, { senderName: 'Anna Schmidt', stay: STAY, text: 'Hello' }),
    ]);
    expect([first!.recordNumber, second!.recordNumber]).not.toContain(results[0]!.recordNumber);
  });

  it('lets a coordinator link a private conversation the evidence could not tie, with the reason in the history', async () => {
    const { api, hotelId } = await server.tenant();
    const coordinator = await server.colleague(hotelId, 'Derya', 'coordinator');
    const opened = (
      await api.ingest([
        review('holidaycheck', 'holidaycheck_review', 'hc5', 0, {
          senderName: 'Sabine',
          rating: { value: 2, outOf: 6 },
          stayMonth: '2026-06',
        }),
      ])
    ).tickets[0]!;
    const whatsapp = guest('905321112233@c.us', 'w5', 30, {
      senderName: 'Sabine Müller',
      text: 'Ich habe auf HolidayCheck geschrieben, bitte rufen Sie mich an.',
    });
    const own = (await api.ingest([whatsapp])).tickets[0]!;
    expect(own.id).not.toBe(opened.id);

    const link = (client: typeof api, body: unknown, recordNumber = opened.recordNumber) =>
      client.raw('POST', `/v1/tickets/${recordNumber}/private-link`, { body });
    const body = {
      channel: 'whatsapp',
      conversationId: '905321112233@c.us',
      reason: 'She named her HolidayCheck review on the phone.',
    };
    expect((await link(api, body)).status).toBe(403);
    expect((await link(coordinator.api, { ...body, reason: '' })).status).toBe(400);
    expect((await link(coordinator.api, { ...body, conversationId: 'nobody@c.us' })).status).toBe(404);
    expect((await link(coordinator.api, body, own.recordNumber)).status).toBe(409);
    expect(await server.count('guests', hotelId)).toBe(2);

    const linked = await link(coordinator.api, body);
    expect(linked.status).toBe(200);
    expect(linked.json).toMatchObject({
      id: opened.id,
      messageCount: 2,
      privateJoinedAt: at(30),
      privateJoinChannel: 'whatsapp',
      privateJoinReason: 'public_link',
    });
    expect((await link(coordinator.api, body)).status).toBe(409);
    const closed = await api.ticket(own.recordNumber);
    expect(closed.ticket).toMatchObject({ status: 'closed', closeReason: 'duplicate', messageCount: 0 });
    expect(closed.history!.find((h) => h.field === 'status')).toMatchObject({ from: 'open', to: 'closed' });
    expect(await server.count('guests', hotelId)).toBe(1);

    const later = await api.ingest([
      { ...whatsapp, platformMessageId: 'w6', sentAt: at(40), text: 'Danke!' },
    ]);
    expect(later.results[0]!.recordNumber).toBe(opened.recordNumber);
    const { history } = await api.ticket(opened.recordNumber);
    expect(history!.find((h) => h.field === 'private_link')).toMatchObject({
      agentName: 'Derya',
      to: 'whatsapp|905321112233@c.us',
      note: 'She named her HolidayCheck review on the phone.',
    });
  });
});
