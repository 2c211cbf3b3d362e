// Post-stay follow-up (issue 9): the reservation list upload, the thank-you-due queue (guests who
// checked out 24 to 48 hours ago, hotel time), and the guest's 1-5 answer landing on their ticket.
// The queue's clock is pinned: 2026-07-04 13:00 in Istanbul, so check-out on 3 July is due.
import type { FastifyInstance } from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import {
  ReservationImportResponse,
  ThankYouDueResponse,
  ThankYouSentResponse,
} from '../../shared/reservation-contract.ts';
import { ApiClient } from './support/api-client.ts';
import { describeOnEachDatabase } from './support/databases.ts';
import { closeAsDuplicate } from './support/workflow-client.ts';

const NOW = Date.parse('2026-07-04T10:00:00Z');
const later = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();

const LIST = [
  'Rezervasyon No;Misafir;Telefon;E-posta;Giriş;Çıkış',
  'R-1;Jürgen Müller;+49 171 2345678;;01.07.2026;03.07.2026',
  'R-2;Ann Lee;;ann@example.com;2026-06-30;2026-07-03',
  'R-3;Left Earlier;;x@example.com;2026-06-28;2026-07-02',
  'R-4;Leaves Today;+90 532 123 45 67;;2026-07-01;2026-07-04',
  'R-9;Bad Row;call me;;2026-07-01;2026-07-00',
].join('\r\n');

describeOnEachDatabase('post-stay thank-you', (server) => {
  const apps: FastifyInstance[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close()));
  });

  /** A hotel whose API runs on the pinned clock. */
  async function hotel() {
    const app = await buildApp({ db: server.db, clock: () => new Date(NOW) });
    apps.push(app);
    const coordinator = await server.tenant({ role: 'coordinator' });
    const frontline = await server.colleague(coordinator.hotelId, 'Deniz', 'frontline');
    return {
      hotelId: coordinator.hotelId,
      coordinator: new ApiClient(app, coordinator.token),
      frontline: new ApiClient(app, frontline.token),
    };
  }

  const upload = async (api: ApiClient, csv: string) => {
    const response = await api.raw('POST', '/v1/reservations/import', { body: { csv } });
    return { status: response.status, body: response.json };
  };
  const queue = async (api: ApiClient) =>
    ThankYouDueResponse.parse((await api.raw('GET', '/v1/queues/thank-you-due')).json).items;

  it('imports the list, reports bad rows by line, and updates on a second upload without doubling', async () => {
    const { coordinator, frontline, hotelId } = await hotel();
    const first = await upload(coordinator, `\uFEFF${LIST}`);
    expect(first.status).toBe(200);
    expect(ReservationImportResponse.parse(first.body)).toEqual({
      created: 4,
      updated: 0,
      problems: [
        {
          line: 6,
          reasons: [
            '"call me" is not a phone number',
            'the departure date "2026-07-00" is not YYYY-MM-DD or DD.MM.YYYY',
          ],
        },
      ],
    });
    const second = await upload(
      coordinator,
      'reservation number,guest,phone,email,arrival,departure\nR-1,Jürgen Müller,,j@example.de,2026-07-01,2026-07-03\nR-5,New Guest,,n@example.com,2026-07-02,2026-07-05',
    );
    expect(second.body).toEqual({ created: 1, updated: 1, problems: [] });
    const rows = await server.db.query<{
      reservation_number: string;
      phone: string | null;
      email: string | null;
    }>('select reservation_number, phone, email from reservations where hotel_id = $1 order by 1', [hotelId]);
    expect(rows.map((r) => r.reservation_number)).toEqual(['R-1', 'R-2', 'R-3', 'R-4', 'R-5']);
    expect(rows[0]).toMatchObject({ phone: null, email: 'j@example.de' });

    expect((await upload(frontline, LIST)).status).toBe(403);
    const noHeader = await upload(coordinator, 'guest;phone\nAyşe;0532');
    expect(noHeader).toMatchObject({ status: 400, body: { issues: [{ path: 'csv' }] } });
  });

  it('lists who checked out 24-48 h ago, with the template in their language and the channel to use', async () => {
    const { coordinator, frontline } = await hotel();
    await upload(coordinator, LIST);
    const { tickets } = await frontline.ingest([
      {
        channel: 'booking',
        conversationId: 'bk-55',
        platformMessageId: 'b1',
        direction: 'inbound',
        senderName: 'Mehmet Kaya',
        sentAt: '2026-07-02T08:00:00.000Z',
        capturedAt: '2026-07-02T08:01:00.000Z',
        text: 'Merhaba, odamızda havlu eksik, yardımcı olabilir misiniz?',
        reservationNumber: 'R-55',
        stay: { checkIn: '2026-07-01', checkOut: '2026-07-03' },
      },
    ]);

    const items = await queue(frontline);
    expect(items.map((i) => [i.stayKey, i.channel, i.language, i.contact, i.recordNumber])).toEqual([
      ['reservation:R-1', 'whatsapp', 'de', '+491712345678', null],
      ['reservation:R-2', 'email', 'en', 'ann@example.com', null],
      ['reservation:R-55', 'booking', 'tr', null, tickets[0]!.recordNumber],
    ]);
    expect(items[0]!.template!.text).toMatch(/^Guten Tag Jürgen Müller,/);
    expect(items[0]!.template!.text).toContain('1. Juli 2026 bis 3. Juli 2026');
    expect(items[2]).toMatchObject({
      conversationId: 'bk-55',
      guestName: 'Mehmet Kaya',
      checkOut: '2026-07-03',
    });
    expect(items[2]!.template!.text).toContain('Mehmet Kaya');
  });

  it('a thank-you marked sent lands on the guest’s closed ticket, and their 1-5 answer is its CSAT', async () => {
    const { coordinator, frontline, hotelId } = await hotel();
    await upload(coordinator, LIST);
    const guestMessage = {
      channel: 'booking' as const,
      conversationId: 'bk-55',
      direction: 'inbound' as const,
      senderName: 'Mehmet Kaya',
      reservationNumber: 'R-55',
      stay: { checkIn: '2026-07-01', checkOut: '2026-07-03' },
    };
    const { recordNumber } = (
      await frontline.ingest([
        {
          ...guestMessage,
          platformMessageId: 'b1',
          sentAt: later(-3000),
          capturedAt: later(-3000),
          text: 'Havlu eksik',
        },
      ])
    ).tickets[0]!;
    await closeAsDuplicate(server, hotelId, recordNumber);

    const sent = await frontline.raw('POST', '/v1/queues/thank-you-due/sent', {
      body: { stayKey: 'reservation:R-55' },
    });
    expect(sent.status).toBe(201);
    expect(ThankYouSentResponse.parse(sent.json)).toEqual({
      stayKey: 'reservation:R-55',
      sentAt: later(0),
      recordNumber,
    });
    const again = await frontline.raw('POST', '/v1/queues/thank-you-due/sent', {
      body: { stayKey: 'reservation:R-55' },
    });
    expect(again).toMatchObject({ status: 200, json: sent.json });
    expect((await queue(frontline)).map((i) => i.stayKey)).toEqual(['reservation:R-1', 'reservation:R-2']);

    const answer = await frontline.ingest([
      { ...guestMessage, platformMessageId: 'b2', sentAt: later(60), capturedAt: later(61), text: '5' },
    ]);
    expect(answer.results[0]!.recordNumber).toBe(recordNumber);
    expect(answer.tickets[0]).toMatchObject({ recordNumber, status: 'closed', csat: { score: 5 } });
    expect(await server.count('tickets', hotelId)).toBe(1);
    const { messages } = await frontline.ticket(recordNumber);
    expect(messages.map((m) => [m.direction, m.asksCsat, m.csatScore])).toEqual([
      ['inbound', false, null],
      ['outbound', true, null],
      ['inbound', false, 5],
    ]);

    const onlyListed = await frontline.raw('POST', '/v1/queues/thank-you-due/sent', {
      body: { stayKey: 'reservation:R-1' },
    });
    expect(onlyListed).toMatchObject({ status: 201, json: { recordNumber: null } });
    const unknown = await frontline.raw('POST', '/v1/queues/thank-you-due/sent', {
      body: { stayKey: 'reservation:R-3' },
    });
    expect(unknown.status).toBe(404);
  });

  it('a thank-you sent in the page with the post-stay template takes the stay off the queue', async () => {
    const { frontline } = await hotel();
    const conversation = { channel: 'whatsapp' as const, conversationId: 'wa-7' };
    const { recordNumber } = (
      await frontline.ingest([
        {
          ...conversation,
          platformMessageId: 'w1',
          direction: 'inbound',
          senderName: 'Olga Petrova',
          sentAt: later(-3000),
          capturedAt: later(-3000),
          text: 'Спасибо, мы выезжаем завтра',
          stay: { checkIn: '2026-06-28', checkOut: '2026-07-03' },
        },
      ])
    ).tickets[0]!;
    expect((await queue(frontline)).map((i) => [i.channel, i.language, i.recordNumber])).toEqual([
      ['whatsapp', 'ru', recordNumber],
    ]);
    await frontline.ingest([
      {
        ...conversation,
        platformMessageId: 'w2',
        direction: 'outbound',
        senderName: 'Deniz',
        sentAt: later(5),
        capturedAt: later(6),
        text: (await queue(frontline))[0]!.template!.text,
        templateKind: 'post_stay_thanks',
      },
    ]);
    expect(await queue(frontline)).toEqual([]);
    const answer = await frontline.ingest([
      {
        ...conversation,
        platformMessageId: 'w3',
        direction: 'inbound',
        sentAt: later(90),
        capturedAt: later(91),
        text: '4',
      },
    ]);
    expect(answer.tickets[0]).toMatchObject({ recordNumber, csat: { score: 4 } });
  });
});
