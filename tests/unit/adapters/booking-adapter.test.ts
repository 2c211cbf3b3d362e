// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { bookingAdapter, NO_REPLY_NEEDED_TEXT } from '../../../content-scripts/booking/booking-adapter.ts';
import { toIsoWithOffset } from '../../../content-scripts/page-time.ts';
import { messageKey } from '../../../shared/message.ts';
import { loadFixture, pageWindow, type KonukFixture } from '../content-scripts/fixture-page.ts';
import { insertIntoComposer } from '../../../content-scripts/composer-insert.ts';
import { readPage, setPageUrl } from './read-page.ts';

const PAGE =
  'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html' +
  '?hotel_id=1234567&lang=en&ses=6f1c2b9e8d7a4c3b2a1f0e9d8c7b6a5f';
const ANNA = 'b7d1c1e2-5f4a-4d8e-9a61-2f0c3e7d9a10';
const MARK = 'd4f6b8a0-2c4e-4f6a-9b8d-0e2f4a6c8e01';
const NOW = new Date(2026, 10, 23, 12, 0);
const SUGGESTION = 'Hoş geldiniz! <b>See you soon</b> & thanks.';
const HOSTILE = '<img src=x onerror="window.__konukXss=1"><script>window.__konukXss=2</script>';

type BookingFixture = KonukFixture & { markNoReplyNeeded(): void };

describe('Booking.com extranet adapter on the 2026-11 messaging page', () => {
  let driver: BookingFixture;
  beforeEach(() => {
    driver = loadFixture('booking/booking-extranet-messaging-2026-11.html', PAGE) as BookingFixture;
  });

  it('reads guest and property messages, skipping Booking.com notices', () => {
    const messages = readPage(bookingAdapter, NOW);
    expect(messages.map((m) => [m.platformMessageId, m.direction, m.senderName])).toEqual([
      ['msg-8f3a2c10e4', 'inbound', 'Anna Müller'],
      ['msg-8f3a2c1102', 'outbound', 'Konuk Beach Resort'],
      ['msg-8f3a2c1133', 'inbound', 'Anna Müller'],
      ['msg-8f3a2c1140', 'inbound', 'Anna Müller'],
    ]);
    expect(messages.every((m) => m.channel === 'booking' && m.conversationId === ANNA)).toBe(true);
  });

  it('attaches reservation number, stay dates, guest name and the relay address', () => {
    const [guest, property] = readPage(bookingAdapter, NOW);
    const reservation = {
      reservationNumber: '4829103556',
      stay: { checkIn: '2026-12-27', checkOut: '2027-01-02' },
      guestName: 'Anna Müller',
      conversationTitle: 'Anna Müller',
    };
    expect(guest).toMatchObject({ ...reservation, senderHandle: 'anna.482@guest.booking.com' });
    expect(property).toMatchObject(reservation);
    expect(property!.senderHandle).toBeUndefined();
  });

  it('never keeps the session token in the conversation URL', () => {
    const url = readPage(bookingAdapter, NOW)[0]!.conversationUrl!;
    expect(url).toBe(
      'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=1234567',
    );
    expect(url).not.toContain('ses=');
  });

  it('reads machine times with their offset, and bare clocks under their day separator', () => {
    const messages = readPage(bookingAdapter, NOW);
    expect(messages[0]!.sentAt).toBe(toIsoWithOffset(new Date('2026-11-20T14:12:00+03:00')));
    expect(messages[2]!.sentAt).toBe(toIsoWithOffset(new Date(2026, 10, 22, 9, 41)));
  });

  it('keeps text plain: line breaks kept, HTML as characters', () => {
    const messages = readPage(bookingAdapter, NOW);
    expect(messages[2]!.text).toBe(HOSTILE);
    expect(messages[3]!.text).toBe(
      'Danke! Wir kommen gegen 23 Uhr an.\nIst die Rezeption dann noch besetzt?',
    );
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(pageWindow.__konukXss).toBeUndefined();
  });

  it('reads a new guest message with the id the page gave it, and a reply sent from the textarea', () => {
    const id = driver.receive('Gibt es Parkplätze?\nWir kommen mit dem Auto.');
    const composer = bookingAdapter.findComposer(document) as HTMLTextAreaElement;
    expect(composer.tagName).toBe('TEXTAREA');
    composer.value = 'Ja, der Parkplatz ist kostenlos.';
    composer.dispatchEvent(new Event('input', { bubbles: true }));
    const send = document.querySelector<HTMLButtonElement>('[data-test-id="send-message"]')!;
    expect(send.disabled).toBe(false);
    send.click();
    const [guest, reply] = readPage(bookingAdapter, new Date()).slice(-2);
    expect(guest).toMatchObject({
      platformMessageId: id,
      direction: 'inbound',
      text: 'Gibt es Parkplätze?\nWir kommen mit dem Auto.',
    });
    expect(reply).toMatchObject({ direction: 'outbound', text: 'Ja, der Parkplatz ist kostenlos.' });
  });

  it('reads a "No reply needed" mark as an outbound marker that answers the message before it', () => {
    driver.openConversation(MARK);
    const messages = readPage(bookingAdapter, NOW);
    expect(messages.map((m) => [m.direction, m.text])).toEqual([
      ['inbound', 'Thanks again for a wonderful week, see you next summer!'],
      ['outbound', NO_REPLY_NEEDED_TEXT],
    ]);
    expect(messages[1]).toMatchObject({
      conversationId: MARK,
      platformMessageId: 'no-reply-needed:msg-a7c3e9f104',
      sentAt: toIsoWithOffset(new Date('2026-11-21T12:02:00+03:00')),
      reservationNumber: '3318804721',
      stay: { checkIn: '2026-11-14', checkOut: '2026-11-21' },
    });
  });

  it('gives a new mark after a new guest message a new id, and the old one keeps its own', () => {
    driver.markNoReplyNeeded();
    const first = readPage(bookingAdapter, NOW).at(-1)!;
    expect(first.platformMessageId).toBe('no-reply-needed:msg-8f3a2c1140');
    const guestId = driver.receive('Noch eine Frage: gibt es Frühstück ab 6 Uhr?');
    driver.markNoReplyNeeded();
    const markers = readPage(bookingAdapter, NOW).filter((m) => m.text === NO_REPLY_NEEDED_TEXT);
    expect(markers.map((m) => m.platformMessageId)).toEqual([
      'no-reply-needed:msg-8f3a2c1140',
      `no-reply-needed:${guestId}`,
    ]);
  });

  it('keeps every id across re-reads and a round trip to another conversation', () => {
    const before = readPage(bookingAdapter, NOW).map(messageKey);
    driver.openConversation(MARK);
    driver.openConversation(ANNA);
    expect(readPage(bookingAdapter, NOW).map(messageKey)).toEqual(before);
  });

  it('treats a property-typed message under the guest’s own name as inbound (signals disagree)', () => {
    const property = document.querySelector('[data-message-id="msg-8f3a2c1102"]')!;
    property.querySelector('[data-test-id="messaging-message-sender"]')!.textContent = 'Anna Müller';
    expect(readPage(bookingAdapter, NOW)[1]!.direction).toBe('inbound');
  });

  it('names the conversation by its reservation when the page shows no conversation id', () => {
    document.querySelector('[aria-current="true"]')!.removeAttribute('data-conversation-id');
    expect(readPage(bookingAdapter, NOW)[0]!.conversationId).toBe('reservation:4829103556');
  });

  it('knows when a conversation is open', () => {
    expect(bookingAdapter.isConversationOpen(document)).toBe(true);
    document.querySelector('[data-test-id="messaging-message-list"]')!.remove();
    expect(bookingAdapter.isConversationOpen(document)).toBe(false);
  });
});

describe('inserting a suggested reply into the Booking.com textarea', () => {
  it('lets the page register it: Send enables and sends exactly that text, markup as characters', () => {
    loadFixture('booking/booking-extranet-messaging-2026-11.html', PAGE);
    const composer = bookingAdapter.findComposer(document)!;
    expect(insertIntoComposer(composer, SUGGESTION)).toBe(true);
    const send = document.querySelector<HTMLButtonElement>('[data-test-id="send-message"]')!;
    expect(send.disabled).toBe(false);
    send.click();
    expect(readPage(bookingAdapter, new Date()).at(-1)).toMatchObject({
      direction: 'outbound',
      text: SUGGESTION,
    });
  });
});

describe('Booking.com extranet adapter on a conversation opened from the e-mail link (2026-12)', () => {
  const LINK =
    'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html' +
    '?hotel_id=1234567&res_id=4829771203&message_id=msg-e1a0000003&lang=en&ses=6f1c2b9e8d7a4c3b2a1f0e9d8c7b6a5f';
  // The 1st of a month, early in the day: "Today" and "Yesterday" must come from this, never the machine.
  const DECEMBER_FIRST = new Date(2026, 11, 1, 9, 30);
  beforeEach(() => {
    loadFixture('booking/booking-extranet-messaging-2026-12-email-link.html', LINK);
  });

  it('dates the "No reply needed" mark from its own time under "Today", not from when Konuk saw it', () => {
    const marker = readPage(bookingAdapter, DECEMBER_FIRST).at(-1)!;
    expect(marker).toMatchObject({
      direction: 'outbound',
      text: NO_REPLY_NEEDED_TEXT,
      platformMessageId: 'no-reply-needed:msg-e1a0000003',
      sentAt: toIsoWithOffset(new Date(2026, 11, 1, 8, 12)),
    });
    // Read again an hour later, the mark keeps its time and its id.
    expect(readPage(bookingAdapter, new Date(2026, 11, 1, 10, 30)).at(-1)).toMatchObject({
      sentAt: marker.sentAt,
      platformMessageId: marker.platformMessageId,
    });
  });

  it('finds the mark’s time in its text when it has no time element', () => {
    const event = document.querySelector('[data-event-type="NO_REPLY_NEEDED"]')!;
    event.textContent = 'Marked as "No reply needed" · 08:12';
    expect(readPage(bookingAdapter, DECEMBER_FIRST).at(-1)!.sentAt).toBe(
      toIsoWithOffset(new Date(2026, 11, 1, 8, 12)),
    );
  });

  it('dates bare clocks by the day separators above them', () => {
    expect(readPage(bookingAdapter, DECEMBER_FIRST).map((m) => m.sentAt)).toEqual([
      toIsoWithOffset(new Date(2026, 10, 30, 22, 40)),
      toIsoWithOffset(new Date(2026, 11, 1, 7, 55)),
      toIsoWithOffset(new Date(2026, 11, 1, 8, 3)),
      toIsoWithOffset(new Date(2026, 11, 1, 8, 12)),
    ]);
  });

  it('names the conversation by its reservation; the URL keeps res_id, never the session or one message', () => {
    for (const message of readPage(bookingAdapter, DECEMBER_FIRST)) {
      expect(message).toMatchObject({
        conversationId: 'reservation:4829771203',
        reservationNumber: '4829771203',
        conversationUrl:
          'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=1234567&res_id=4829771203',
      });
    }
  });

  it('still names it by res_id when the side panel has not rendered, with the same key', () => {
    const keys = readPage(bookingAdapter, DECEMBER_FIRST).map(messageKey);
    document.querySelector('[data-konuk-panel]')!.remove();
    const messages = readPage(bookingAdapter, DECEMBER_FIRST);
    expect(messages.map(messageKey)).toEqual(keys);
    expect(messages[0]).toMatchObject({ reservationNumber: '4829771203' });
  });

  it('does not take a res_id of the wrong shape as a reservation', () => {
    document.querySelector('[data-konuk-panel]')!.remove();
    setPageUrl(LINK.replace('res_id=4829771203', 'res_id=%3Cb%3Ex%3C%2Fb%3E'));
    expect(readPage(bookingAdapter, DECEMBER_FIRST)).toEqual([]);
  });
});

describe('Booking.com "No reply needed" marks that say their own day', () => {
  it('takes "Today" in the mark over an older day separator above it', () => {
    loadFixture(
      'booking/booking-extranet-messaging-2026-12-email-link.html',
      'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=1234567&res_id=4829771203',
    );
    const list = document.querySelector('[data-konuk-messages]')!;
    // The mark appended under yesterday's separator, saying its own day.
    const event = document.querySelector('[data-event-type="NO_REPLY_NEEDED"]')!;
    list.querySelector('[data-test-id="messaging-day-separator"]')!.after(event);
    event.textContent = 'Marked as "No reply needed" today at 08:12';
    const marker = readPage(bookingAdapter, new Date(2026, 11, 1, 9, 30)).find(
      (m) => m.text === NO_REPLY_NEEDED_TEXT,
    )!;
    expect(marker.sentAt).toBe(toIsoWithOffset(new Date(2026, 11, 1, 8, 12)));
  });
});
