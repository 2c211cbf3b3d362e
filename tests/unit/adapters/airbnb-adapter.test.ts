// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { airbnbAdapter } from '../../../content-scripts/airbnb/airbnb-adapter.ts';
import { parseAirbnbLabel } from '../../../content-scripts/airbnb/airbnb-message-label.ts';
import { AIRBNB_SELECTORS } from '../../../content-scripts/airbnb/airbnb-selectors.ts';
import { toIsoWithOffset } from '../../../content-scripts/page-time.ts';
import { messageKey } from '../../../shared/message.ts';
import { loadFixture, pageWindow, type KonukFixture } from '../content-scripts/fixture-page.ts';
import { insertIntoComposer } from '../../../content-scripts/composer-insert.ts';
import { readPage, setPageUrl } from './read-page.ts';

const THREAD = '1987654321';
const NOW = new Date(2026, 10, 23, 12, 0);
const SUGGESTION = 'Hoş geldiniz! <b>See you soon</b> & thanks.';
const HOSTILE = '<img src=x onerror="window.__konukXss=1"><script>window.__konukXss=2</script>';

describe('Airbnb aria-label parsing', () => {
  it('takes sender, text and time apart, with and without the isolate marks and prefixes', () => {
    expect(
      parseAirbnbLabel(
        'Most Recent Message. May 6, 2026. \u2068Stuart\u2069 sent Can I check in early?. Sent May 6, 2026, 9:00 AM',
        AIRBNB_SELECTORS,
      ),
    ).toEqual({ sender: 'Stuart', text: 'Can I check in early?', sentAtText: 'May 6, 2026, 9:00 AM' });
    expect(
      parseAirbnbLabel(
        'May 6, 2026. Stuart sent Can I check in early?. Sent May 6, 2026, 9:00 AM',
        AIRBNB_SELECTORS,
      ),
    ).toEqual({ sender: 'Stuart', text: 'Can I check in early?', sentAtText: 'May 6, 2026, 9:00 AM' });
  });

  it('keeps ". Sent " inside the text and reads only the last one as the time', () => {
    expect(
      parseAirbnbLabel(
        '\u2068Ana\u2069 sent I got your mail. Sent it to my husband.. Sent May 6, 2026, 9:00 AM',
        AIRBNB_SELECTORS,
      ),
    ).toMatchObject({ text: 'I got your mail. Sent it to my husband.', sentAtText: 'May 6, 2026, 9:00 AM' });
  });

  it('does not read Airbnb service notices as messages', () => {
    expect(
      parseAirbnbLabel(
        'Airbnb service says Reservation confirmed.. Sent May 6, 2026, 9:01 AM',
        AIRBNB_SELECTORS,
      ),
    ).toBeNull();
  });
});

describe('Airbnb host inbox adapter on the 2026-11 thread page', () => {
  let driver: KonukFixture;
  beforeEach(() => {
    driver = loadFixture(
      'airbnb/airbnb-host-inbox-2026-11.html',
      `https://www.airbnb.com/hosting/messages/${THREAD}`,
    );
  });

  it('reads guest, host and co-host messages and skips Airbnb notices', () => {
    const messages = readPage(airbnbAdapter, NOW);
    expect(messages.map((m) => [m.senderName, m.direction])).toEqual([
      ['Stuart', 'inbound'],
      ['Selin', 'outbound'],
      ['Murat (Konuk Beach Resort)', 'outbound'],
      ['Stuart', 'inbound'],
      ['Stuart', 'inbound'],
    ]);
    expect(messages.every((m) => m.channel === 'airbnb' && m.conversationId === THREAD)).toBe(true);
  });

  it('reads time and text from the label: line breaks kept, HTML kept as characters', () => {
    const messages = readPage(airbnbAdapter, NOW);
    expect(messages[0]!.sentAt).toBe(toIsoWithOffset(new Date(2026, 10, 20, 9, 0)));
    expect(messages[0]!.text).toBe('Hi! Can we check in early, around 11am? Our flight lands at 8.');
    expect(messages[3]!.text).toBe(HOSTILE);
    expect(messages[4]!.text).toBe('Perfect, thank you!\nSee you in December.');
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(pageWindow.__konukXss).toBeUndefined();
  });

  it('attaches the reservation: confirmation code, stay dates and the guest full name', () => {
    for (const message of readPage(airbnbAdapter, NOW)) {
      expect(message).toMatchObject({
        reservationNumber: 'HM4KX2Q9ZP',
        stay: { checkIn: '2026-12-18', checkOut: '2026-12-22' },
        guestName: 'Stuart Mackenzie',
        conversationTitle: 'Stuart',
        conversationUrl: `https://www.airbnb.com/hosting/messages/${THREAD}`,
      });
    }
  });

  it('derives ids that survive re-reads and the "Most Recent Message" prefix moving on', () => {
    const before = readPage(airbnbAdapter, NOW).map(messageKey);
    expect(new Set(before).size).toBe(before.length);
    expect(readPage(airbnbAdapter, NOW).map(messageKey)).toEqual(before);
    driver.receive('One more thing: do you have a hairdryer?');
    const after = readPage(airbnbAdapter, new Date());
    expect(after.map(messageKey).slice(0, before.length)).toEqual(before);
    expect(after.at(-1)).toMatchObject({ direction: 'inbound', senderName: 'Stuart' });
  });

  it('tells two identical messages in the same minute apart', () => {
    driver.receive('Thank you!');
    driver.receive('Thank you!');
    const keys = readPage(airbnbAdapter, new Date()).map(messageKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('treats the host as the guest when the names say both: inbound', () => {
    document.querySelector('[data-testid="cypress-headernav-profile"] img')!.setAttribute('alt', 'Stuart');
    expect(readPage(airbnbAdapter, NOW)[0]!.direction).toBe('inbound');
  });

  it('logs a reply typed into the composer and sent as outbound', () => {
    const composer = airbnbAdapter.findComposer(document)!;
    expect(composer.id).toBe('message_input');
    composer.textContent = 'You are welcome, see you soon!';
    composer.dispatchEvent(new Event('input', { bubbles: true }));
    const send = document.querySelector<HTMLButtonElement>('[data-testid="messaging-composebar-send-btn"]')!;
    expect(send.disabled).toBe(false);
    send.click();
    expect(readPage(airbnbAdapter, new Date()).at(-1)).toMatchObject({
      direction: 'outbound',
      senderName: 'Selin',
      text: 'You are welcome, see you soon!',
    });
  });

  it('follows the app into another thread, with that thread’s reservation', () => {
    driver.openConversation('1987650000');
    const [message] = readPage(airbnbAdapter, NOW);
    expect(message).toMatchObject({
      conversationId: '1987650000',
      senderName: 'Yuki',
      direction: 'inbound',
      text: 'チェックインは何時からですか？',
      reservationNumber: 'HMZ8P3L1QT',
      stay: { checkIn: '2027-01-05', checkOut: '2027-01-09' },
      guestName: 'Yuki Tanaka',
    });
  });

  it('knows when a thread is open', () => {
    expect(airbnbAdapter.isConversationOpen(document)).toBe(true);
    setPageUrl('https://www.airbnb.com/hosting/today');
    expect(airbnbAdapter.isConversationOpen(document)).toBe(false);
  });
});

describe('inserting a suggested reply into the Airbnb composer', () => {
  it('lets the page register it: Send enables and sends exactly that text, markup as characters', () => {
    loadFixture('airbnb/airbnb-host-inbox-2026-11.html', `https://www.airbnb.com/hosting/messages/${THREAD}`);
    const composer = airbnbAdapter.findComposer(document)!;
    expect(insertIntoComposer(composer, SUGGESTION)).toBe(true);
    const send = document.querySelector<HTMLButtonElement>('[data-testid="messaging-composebar-send-btn"]')!;
    expect(send.disabled).toBe(false);
    send.click();
    expect(readPage(airbnbAdapter, new Date()).at(-1)).toMatchObject({
      direction: 'outbound',
      text: SUGGESTION,
    });
  });
});

describe('Airbnb labels in other UI languages', () => {
  const parse = (label: string) => parseAirbnbLabel(label, AIRBNB_SELECTORS);

  it('en-GB: the day before the name and the read receipt after the time stay out of name and time', () => {
    const expected = { sender: 'Stuart', text: 'Can I check in early?', sentAtText: '30 Apr, 17:45' };
    expect(parse('30 Apr. Stuart sent Can I check in early?. Sent 30 Apr, 17:45. Read by Host')).toEqual(
      expected,
    );
    expect(
      parse('30 Apr. \u2068Stuart\u2069 sent Can I check in early?. Sent 30 Apr, 17:45. Read by Host'),
    ).toEqual(expected);
    expect(parse('Most Recent Message. Today. Stuart sent Thanks. Sent Today, 09:05')).toMatchObject({
      sender: 'Stuart',
      sentAtText: 'Today, 09:05',
    });
  });

  it('de and tr: the name, the text with its own times, and the send time', () => {
    expect(
      parse(
        '30. Apr. 2026. \u2068Jonas\u2069 hat gesendet: Hallo, um 10:30 sind wir da. Gesendet am 30. Apr. 2026, 17:45. Vom Gastgeber gelesen',
      ),
    ).toEqual({ sender: 'Jonas', text: 'Hallo, um 10:30 sind wir da', sentAtText: '30. Apr. 2026, 17:45' });
    expect(
      parse('30 Nis. \u2068Ayşe\u2069 şunu gönderdi: Merhaba. Gönderildi: 30 Nis, 17:45. Okundu'),
    ).toEqual({ sender: 'Ayşe', text: 'Merhaba', sentAtText: '30 Nis, 17:45' });
  });

  it('words the pack does not know: the grammar still finds the name, the text and the time', () => {
    expect(
      parse('30. Apr. \u2068Jonas\u2069 schrieb: Wir kommen um 10:30. Verschickt 30. Apr., 17:45. Gelesen'),
    ).toEqual({ sender: 'Jonas', text: 'Wir kommen um 10:30', sentAtText: '30. Apr., 17:45' });
  });

  it('without isolates, ends the name at the first verb of any language, not one inside the text', () => {
    expect(
      parse('30 Nis. Ayşe şunu gönderdi: Dün size bir e-posta sent ettim. Gönderildi: 30 Nis, 17:45'),
    ).toEqual({
      sender: 'Ayşe',
      text: 'Dün size bir e-posta sent ettim',
      sentAtText: '30 Nis, 17:45',
    });
  });

  it('keeps a time quoted in the text in the text', () => {
    expect(parse('30 Apr. Stuart sent See you at 10:30. Sent 30 Apr, 5:45 PM')).toEqual({
      sender: 'Stuart',
      text: 'See you at 10:30',
      sentAtText: '30 Apr, 5:45 PM',
    });
  });
});

describe('Airbnb host inbox adapter on the 2026-12 en-GB thread page', () => {
  const GB_THREAD = '2233445566';
  const DECEMBER = new Date(2026, 11, 1, 12, 0);
  let driver: KonukFixture;
  beforeEach(() => {
    driver = loadFixture(
      'airbnb/airbnb-host-inbox-2026-12-en-gb.html',
      `https://www.airbnb.co.uk/hosting/messages/${GB_THREAD}`,
    );
  });

  it('names senders without the day, dates each message from its label, keeps text whole', () => {
    const messages = readPage(airbnbAdapter, DECEMBER);
    expect(messages.map((m) => [m.senderName, m.direction, m.sentAt])).toEqual([
      ['Stuart', 'inbound', toIsoWithOffset(new Date(2026, 10, 28, 17, 45))],
      ['Selin', 'outbound', toIsoWithOffset(new Date(2026, 10, 28, 18, 2))],
      ['Stuart', 'inbound', toIsoWithOffset(new Date(2026, 10, 30, 9, 15))],
      ['Stuart', 'inbound', toIsoWithOffset(new Date(2026, 10, 30, 9, 16))],
    ]);
    expect(messages[2]!.text).toBe('Lovely. We land at 10:30. Could we check in at 12:00?');
    expect(messages[3]!.text).toBe(HOSTILE);
    expect(pageWindow.__konukXss).toBeUndefined();
  });

  it('reads the reservation from #thread_details_panel', () => {
    expect(readPage(airbnbAdapter, DECEMBER)[0]).toMatchObject({
      conversationId: GB_THREAD,
      reservationNumber: 'HMB7Q2KX4D',
      stay: { checkIn: '2026-12-18', checkOut: '2026-12-22' },
      guestName: 'Stuart Mackenzie',
    });
  });

  it('keeps every id when the host answers and the guest messages turn "Read by Host"', () => {
    const before = readPage(airbnbAdapter, DECEMBER).map(messageKey);
    driver.reply('See you then!');
    const after = readPage(airbnbAdapter, DECEMBER).map(messageKey);
    expect(document.querySelector('[role="group"]:nth-child(4)')!.getAttribute('aria-label')).toMatch(
      /Read by Host$/,
    );
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 1);
  });
});

describe('Airbnb host inbox adapter on the 2026-12 Turkish thread page (guessed words)', () => {
  const TR_THREAD = '3344556677';
  const DECEMBER = new Date(2026, 11, 1, 12, 0);
  beforeEach(() => {
    loadFixture(
      'airbnb/airbnb-host-inbox-2026-12-tr.html',
      `https://www.airbnb.com.tr/hosting/messages/${TR_THREAD}`,
    );
  });

  it('reads names, relative days, line breaks and the Turkish reservation panel', () => {
    const messages = readPage(airbnbAdapter, DECEMBER);
    expect(messages.map((m) => [m.senderName, m.direction, m.sentAt])).toEqual([
      ['Ayşe', 'inbound', toIsoWithOffset(new Date(2026, 10, 29, 21, 40))],
      ['Selin', 'outbound', toIsoWithOffset(new Date(2026, 11, 1, 8, 5))],
      ['Ayşe', 'inbound', toIsoWithOffset(new Date(2026, 11, 1, 8, 20))],
    ]);
    expect(messages[2]!.text).toBe('Harika, teşekkürler!\nUçuş TK2412.');
    expect(messages[0]).toMatchObject({
      reservationNumber: 'HMT4R8W2ZQ',
      stay: { checkIn: '2026-12-18', checkOut: '2026-12-22' },
      guestName: 'Ayşe Yılmaz',
    });
  });
});

describe('Airbnb labels whose time has no day of its own', () => {
  const DECEMBER = new Date(2026, 11, 1, 12, 0);
  beforeEach(() => {
    loadFixture(
      'airbnb/airbnb-host-inbox-2026-12-en-gb.html',
      'https://www.airbnb.co.uk/hosting/messages/2233445566',
    );
  });

  it('takes the day printed on the nearest label above, not the capture day', () => {
    const second = document.querySelectorAll('[role="group"]')[1]!;
    second.setAttribute(
      'aria-label',
      'Selin sent Hi Stuart, yes: the indoor pool is heated to 28°C.. Sent 18:02',
    );
    expect(readPage(airbnbAdapter, DECEMBER)[1]!.sentAt).toBe(toIsoWithOffset(new Date(2026, 10, 28, 18, 2)));
  });

  it('keeps its id when the day above scrolls out of the page', () => {
    const groups = document.querySelectorAll('[role="group"]');
    groups[1]!.setAttribute(
      'aria-label',
      'Selin sent Hi Stuart, yes: the indoor pool is heated to 28°C.. Sent 18:02',
    );
    const before = readPage(airbnbAdapter, DECEMBER).map(messageKey)[1];
    groups[0]!.remove();
    expect(readPage(airbnbAdapter, DECEMBER).map(messageKey)[0]).toBe(before);
  });

  it('reads a time element in the group when the label prints no time', () => {
    const first = document.querySelector('[role="group"]')!;
    first.setAttribute('aria-label', '28 Nov. Stuart sent Hello! Is the pool heated in December?');
    const time = document.createElement('time');
    time.setAttribute('datetime', '2026-11-28T14:45:00.000Z');
    first.append(time);
    expect(readPage(airbnbAdapter, DECEMBER)[0]!.sentAt).toBe(
      toIsoWithOffset(new Date('2026-11-28T14:45:00.000Z')),
    );
  });
});
