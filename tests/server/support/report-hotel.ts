// A small hotel (Europe/Istanbul, UTC+3 all summer) worked through the API over two weeks with
// pinned dates, for the report tests to check by hand. Every status comes from messages (the
// closing message resolves, the guest's 1-5 answer closes), so no figure depends on the clock.
//
// Week 1, Mon 29 June – Sun 5 July 2026 (times UTC):
//   A  WhatsApp question   29 Jun 07:00; Ayşe answers 07:04 (4 min, met); closing 07:10; "5" 07:20 closes.
//   B  WhatsApp complaint  30 Jun 09:00 (urgent: 5-min target); Burak answers 09:30 (30 min, missed);
//                          compensation approved; closing 11:00; "4" 11:30 closes.
//   C  E-mail invoice      1 Jul 10:00; Ayşe's closing message 11:00 is the answer (60 min, met); "2" 12:00.
//   D  WhatsApp question   2 Jul 12:00; never answered (missed).
//   E  WhatsApp safety     3 Jul 08:00; Ayşe answers 08:02 (2 min, met); open, escalated.
// Week 2, Mon 6 July – Sun 12 July:
//   F  WhatsApp complaint  6 Jul 07:00; Burak answers 07:03 (3 min, met); closing 08:00; "1" 08:30.
//   G  WhatsApp request    7 Jul 07:00; Ayşe's closing message 07:04 (4 min, met) resolves it; the
//                          guest writes again 07:30 (reopened); Ayşe answers 07:35.
//   H  E-mail cancellation 8 Jul 07:00; Ayşe answers 07:30 (30 min, met); Cem corrects the topic to change.
//   P  Google review 2/5   7 Jul 09:00 (public); Ayşe's public reply 09:30 (30 min); the guest's
//                          WhatsApp 12:00 joins it by reservation number (moved to private);
//                          Ayşe answers 12:05, closing 13:00 (resolved: 240 min), "3" 13:10.
// Owners: Ayşe claims A, C, G, P; Burak claims B, F. Root causes: A no-fault-information,
// B ts-equipment-fault, C acc-billing-error, F and P hk-room-not-clean.
import { expect } from 'vitest';
import type { CapturedMessage } from '../../../shared/message.ts';
import { renderTemplate } from '../../../shared/templates/render-template.ts';
import { STARTER_LIBRARY } from '../../../shared/templates/starter-library.ts';
import type { Ticket } from '../../../shared/ticket.ts';
import type { ServerHarness, Tenant } from './databases.ts';
import { workflow } from './workflow-client.ts';

export const CLOSING = renderTemplate(
  STARTER_LIBRARY.find((t) => t.id === 'en-closing')!,
  {},
).text;

export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'P'] as const;
export type Letter = (typeof LETTERS)[number];

export interface ReportHotel {
  coordinator: Tenant;
  ayse: Tenant;
  burak: Tenant;
  frontline: Tenant;
  /** Each seeded ticket as the API last answered it. */
  tickets: Record<Letter, Ticket>;
}

const RECOVERY = {
  incident: 'The guest reported a fault in the room.',
  impact: 'An uncomfortable night.',
  expectedFix: 'Fixed the same day.',
};

function msg(
  conversationId: string,
  id: string,
  direction: 'inbound' | 'outbound',
  sentAt: string,
  text: string,
  over: Partial<CapturedMessage> = {},
): CapturedMessage {
  return {
    channel: 'whatsapp',
    conversationId,
    platformMessageId: id,
    direction,
    senderName: direction === 'inbound' ? 'Guest' : 'Front Office',
    sentAt,
    capturedAt: sentAt,
    text,
    ...over,
  };
}

const at = (dayAndTime: string) => `2026-${dayAndTime}:00.000Z`;

export async function seedReportHotel(server: ServerHarness): Promise<ReportHotel> {
  const coordinator = await server.tenant({ role: 'coordinator', agentName: 'Cem' });
  const ayse = await server.colleague(coordinator.hotelId, 'Ayşe');
  const burak = await server.colleague(coordinator.hotelId, 'Burak');
  const frontline = await server.colleague(coordinator.hotelId, 'Deniz');
  const tickets = {} as Record<Letter, Ticket>;
  const record = (letter: Letter) => tickets[letter].recordNumber;
  const ingest = async (tenant: Tenant, letter: Letter, messages: CapturedMessage[]) => {
    const answer = await tenant.api.ingest(messages);
    tickets[letter] = answer.tickets.at(-1)!;
  };
  const refresh = async (letter: Letter) => {
    tickets[letter] = (await coordinator.api.ticket(record(letter))).ticket;
  };
  const close = async (owner: Tenant, letter: Letter, rootCause: string, complaint: boolean) => {
    await workflow(owner.api).claim(record(letter));
    await owner.api.update(record(letter), { rootCause, ...(complaint ? { complaint: RECOVERY } : {}) });
  };

  await ingest(ayse, 'A', [
    msg('wa-a', 'a1', 'inbound', at('06-29T07:00'), 'Hi, what time does breakfast start?'),
    msg('wa-a', 'a2', 'outbound', at('06-29T07:04'), 'Breakfast is served from 7 to 10.'),
  ]);
  await close(ayse, 'A', 'no-fault-information', false);
  await ingest(ayse, 'A', [msg('wa-a', 'a3', 'outbound', at('06-29T07:10'), CLOSING)]);
  await ingest(ayse, 'A', [msg('wa-a', 'a4', 'inbound', at('06-29T07:20'), '5')]);

  const ac = 'The air conditioning in our room is broken and it is very hot, this is unacceptable';
  await ingest(burak, 'B', [
    msg('wa-b', 'b1', 'inbound', at('06-30T09:00'), ac),
    msg('wa-b', 'b2', 'outbound', at('06-30T09:30'), 'We are sending a technician now.'),
  ]);
  await close(burak, 'B', 'ts-equipment-fault', true);
  await workflow(coordinator.api).compensate(record('B'), { amount: 50, kind: 'amenity' });
  await ingest(burak, 'B', [msg('wa-b', 'b3', 'outbound', at('06-30T11:00'), CLOSING)]);
  await ingest(burak, 'B', [msg('wa-b', 'b4', 'inbound', at('06-30T11:30'), '4')]);

  const email = { channel: 'email' as const };
  await ingest(ayse, 'C', [
    msg('em-c', 'c1', 'inbound', at('07-01T10:00'), 'Can I get an invoice for my stay please?', email),
    msg('em-c', 'c2', 'outbound', at('07-01T11:00'), CLOSING, email),
  ]);
  await close(ayse, 'C', 'acc-billing-error', false);
  await ingest(ayse, 'C', [msg('em-c', 'c3', 'inbound', at('07-01T12:00'), '2', email)]);

  await ingest(ayse, 'D', [
    msg('wa-d', 'd1', 'inbound', at('07-02T12:00'), 'Is there parking at the hotel?'),
  ]);

  await ingest(ayse, 'E', [
    msg(
      'wa-e',
      'e1',
      'inbound',
      at('07-03T08:00'),
      'My child slipped by the pool and is bleeding, we need a doctor now!',
    ),
    msg('wa-e', 'e2', 'outbound', at('07-03T08:02'), 'A doctor is on the way to you.'),
  ]);

  await ingest(burak, 'F', [
    msg('wa-f', 'f1', 'inbound', at('07-06T07:00'), 'Our room was not cleaned today and there are no towels'),
    msg('wa-f', 'f2', 'outbound', at('07-06T07:03'), 'Housekeeping is on the way.'),
  ]);
  await close(burak, 'F', 'hk-room-not-clean', true);
  await ingest(burak, 'F', [msg('wa-f', 'f3', 'outbound', at('07-06T08:00'), CLOSING)]);
  await ingest(burak, 'F', [msg('wa-f', 'f4', 'inbound', at('07-06T08:30'), '1')]);

  await ingest(ayse, 'G', [
    msg('wa-g', 'g1', 'inbound', at('07-07T07:00'), 'Do you have a baby cot for our room?'),
    msg('wa-g', 'g2', 'outbound', at('07-07T07:04'), CLOSING),
  ]);
  await workflow(ayse.api).claim(record('G'));
  await ingest(ayse, 'G', [
    msg('wa-g', 'g3', 'inbound', at('07-07T07:30'), 'Actually, could we also get an extra pillow?'),
    msg('wa-g', 'g4', 'outbound', at('07-07T07:35'), 'Of course, it is on its way.'),
  ]);

  await ingest(ayse, 'H', [
    msg(
      'em-h',
      'h1',
      'inbound',
      at('07-08T07:00'),
      'I would like to cancel my booking for next month',
      email,
    ),
    msg(
      'em-h',
      'h2',
      'outbound',
      at('07-08T07:30'),
      'We are sorry to hear that; here are your options.',
      email,
    ),
  ]);
  await coordinator.api.update(record('H'), { topic: 'change' });

  const review = {
    channel: 'google' as const,
    visibility: 'public' as const,
    publicSource: 'google_review' as const,
    reservationNumber: 'BK-123',
  };
  await ingest(ayse, 'P', [
    msg(
      'gr-p',
      'p1',
      'inbound',
      at('07-07T09:00'),
      'Terrible stay, dirty room and rude staff. Never again.',
      {
        ...review,
        rating: { value: 2, outOf: 5 },
      },
    ),
    msg('gr-p', 'p2', 'outbound', at('07-07T09:30'), 'We are sorry; we have sent you a message.', review),
  ]);
  await ingest(ayse, 'P', [
    msg('wa-p', 'p3', 'inbound', at('07-07T12:00'), 'Hello, this is about my review, booking BK-123', {
      reservationNumber: 'BK-123',
    }),
    msg('wa-p', 'p4', 'outbound', at('07-07T12:05'), 'Thank you for writing, we will make it right.'),
  ]);
  await close(ayse, 'P', 'hk-room-not-clean', true);
  await ingest(ayse, 'P', [msg('wa-p', 'p5', 'outbound', at('07-07T13:00'), CLOSING)]);
  await ingest(ayse, 'P', [msg('wa-p', 'p6', 'inbound', at('07-07T13:10'), '3')]);

  for (const letter of LETTERS) await refresh(letter);
  expectSeededAsDescribed(tickets);
  return { coordinator, ayse, burak, frontline, tickets };
}

/** The seed's facts the tests count on, so a changed rule elsewhere fails here, plainly. */
function expectSeededAsDescribed(tickets: Record<Letter, Ticket>): void {
  const facts = Object.fromEntries(
    LETTERS.map((letter) => {
      const t = tickets[letter];
      return [letter, `${t.channel} ${t.topic} ${t.status} ${t.ownerName ?? '-'} ${t.csat?.score ?? '-'}`];
    }),
  );
  expect(facts).toEqual({
    A: 'whatsapp question closed Ayşe 5',
    B: 'whatsapp complaint closed Burak 4',
    C: 'email invoice closed Ayşe 2',
    D: 'whatsapp question open - -',
    E: 'whatsapp complaint open - -',
    F: 'whatsapp complaint closed Burak 1',
    G: 'whatsapp special_request open Ayşe -',
    H: 'email change open - -',
    P: 'google complaint closed Ayşe 3',
  });
  expect(tickets.E.escalation).toEqual(['safety']);
  expect(tickets.B.compensation?.status).toBe('approved');
}
