import { beforeEach, describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../content-scripts/gmail/gmail-adapter.ts';
import { GMAIL_SELECTORS, GmailSelectors } from '../../../content-scripts/gmail/gmail-selectors.ts';
import { parseGmailDate } from '../../../content-scripts/gmail/gmail-date.ts';
import { CapturedMessage } from '../../../shared/message.ts';
import type { ExtractedMessage } from '../../../content-scripts/platform-adapter.ts';
import { loadFixture, localInstant, pageWindow, readEnvironment, type KonukFixture } from './fixture-page.ts';

const HOSTILE = '<img src=x onerror="window.__konukXss=1"><script>window.__konukXss=2</script>';
const now = new Date(2026, 10, 17, 12, 0);

function readAll(reportFallback?: (name: string) => void): ExtractedMessage[] {
  const env = readEnvironment(now, reportFallback);
  return [...document.querySelectorAll(gmailAdapter.messageSelector)].map((element) => {
    const message = gmailAdapter.readMessage(element, env);
    if (!message) throw new Error('a message element could not be read');
    return message;
  });
}

describe('Gmail thread view, November 2026 (gmail-thread-2026-11.html)', () => {
  let page: KonukFixture;
  beforeEach(() => {
    page = loadFixture('gmail/gmail-thread-2026-11.html', 'https://mail.google.com/mail/u/0/');
  });

  it('reads collapsed and expanded messages with the legacy thread and message ids', () => {
    const messages = readAll();
    expect(messages.map((m) => [m.conversationId, m.platformMessageId, m.direction])).toEqual([
      ['19a9fc795e26d683', '19a9fc795e26d683', 'inbound'],
      ['19a9fc795e26d683', '19aa09a1c25ab3cb', 'outbound'],
      ['19a9fc795e26d683', '19aa3094c81fb2f4', 'inbound'],
    ]);
    for (const message of messages) {
      expect(CapturedMessage.safeParse({ ...message, capturedAt: now.toISOString() }).success).toBe(true);
    }
  });

  it("reads the guest's expanded mail: address, name, time from the title, body without quoted history", () => {
    const message = readAll()[2]!;
    expect(message).toMatchObject({
      channel: 'email',
      senderName: 'Hans Müller',
      senderHandle: 'hans.mueller@web.de',
      conversationTitle: 'Frühes Einchecken und Flughafentransfer – Buchung 48213',
      conversationUrl: 'https://mail.google.com/mail/u/0/#all/19a9fc795e26d683',
      text:
        'Guten Tag,\n\nvielen Dank für Ihre schnelle Antwort. Wir landen am 20.11. um 13:15 in Antalya (Flug XQ 141).\n' +
        'Könnten Sie bitte den Transfer für 2 Erwachsene buchen? Ein früher Check-in wäre wunderbar ☀️\n\n' +
        'Mit freundlichen Grüßen\nHans Müller',
    });
    expect(Date.parse(message.sentAt)).toBe(localInstant(2026, 11, 17, 9, 42));
  });

  it('captures a collapsed message with the snippet Gmail shows', () => {
    expect(readAll()[0]!.text).toBe(
      'Sehr geehrte Damen und Herren, wir haben für den 20.–27. November ein Doppelzimmer gebucht (Buchung 48213) und möchten fragen, ob ein früher Check-in möglich ist.',
    );
    expect(Date.parse(readAll()[0]!.sentAt)).toBe(localInstant(2026, 11, 16, 8, 5));
  });

  it("marks mail from the signed-in user's address as outbound, whatever the display name", () => {
    expect(readAll()[1]).toMatchObject({
      direction: 'outbound',
      senderHandle: 'reservations@grandbelek.com.tr',
    });
  });

  it('finds the signed-in address in the account switcher when the title does not show it', () => {
    document.title = 'Gmail';
    expect(readAll()[1]!.direction).toBe('outbound');
    document.querySelector('#gb a')!.remove();
    expect(readAll()[1]!.direction).toBe('inbound');
  });

  it('keeps hostile guest text as plain text', () => {
    page.openConversation('19aa1cb72b493f34');
    const [lost, hostile] = readAll();
    expect(lost!.text).toBe(
      'Hello,\n\nI checked out yesterday and I think I left my AirPods (white case) on the bedside table in room 3124. Could you check and post them to me in Manchester?\n\nMany thanks,\nEmma',
    );
    expect(hostile!.text).toBe(HOSTILE);
    expect(pageWindow.__konukXss).toBeUndefined();
  });

  it('follows a thread switch: new hash, new thread view, new thread id', () => {
    page.openConversation('19aa047fdb936143');
    expect(location.hash).toMatch(/^#inbox\//);
    expect(readAll()).toEqual([
      expect.objectContaining({
        conversationId: '19aa047fdb936143',
        senderName: 'Ayşe Yılmaz',
        senderHandle: 'ayse.yilmaz@gmail.com',
        conversationTitle: 'Fatura talebi – 12-15 Kasım konaklaması',
      }),
    ]);
  });

  it('reads new mail and replies the page appends later', () => {
    page.openConversation('19aa36ba5c3edb45');
    const received = page.receive('Спасибо! И ещё: можно ли детское кресло?');
    const replied = page.reply('Конечно, кресло будет в машине.');
    const messages = readAll();
    expect(messages.find((m) => m.platformMessageId === received)).toMatchObject({
      direction: 'inbound',
      senderHandle: 'i.smirnov@yandex.ru',
      text: 'Спасибо! И ещё: можно ли детское кресло?',
    });
    expect(messages.find((m) => m.platformMessageId === replied)?.direction).toBe('outbound');
  });

  it('links to the account the page is signed in as', () => {
    pageWindow.happyDOM?.setURL('https://mail.google.com/mail/u/2/#inbox');
    expect(readAll()[0]!.conversationUrl).toBe('https://mail.google.com/mail/u/2/#all/19a9fc795e26d683');
  });

  it('falls back to the permanent ids, converted to the same legacy ids, and reports the fallback', () => {
    for (const element of document.querySelectorAll('[data-legacy-message-id], [data-legacy-thread-id]')) {
      element.removeAttribute('data-legacy-message-id');
      element.removeAttribute('data-legacy-thread-id');
    }
    const fallbacks: string[] = [];
    expect(
      readAll((name) => fallbacks.push(name)).map((m) => [m.conversationId, m.platformMessageId]),
    ).toEqual([
      ['19a9fc795e26d683', '19a9fc795e26d683'],
      ['19a9fc795e26d683', '19aa09a1c25ab3cb'],
      ['19a9fc795e26d683', '19aa3094c81fb2f4'],
    ]);
    expect(fallbacks).toContain('gmail.threadHeading[2]');
  });
});

describe('Gmail dates in the UI languages hotels use', () => {
  it.each([
    ['Tue, Nov 17, 2026, 9:42 AM', [2026, 11, 17, 9, 42]],
    ['Tue, Nov 17, 2026, 9:42\u202fPM', [2026, 11, 17, 21, 42]],
    ['Tue, 17 Nov 2026, 09:42', [2026, 11, 17, 9, 42]],
    ['17 Kas 2026 Sal 09:42', [2026, 11, 17, 9, 42]],
    ['Di., 17. Nov. 2026, 09:42', [2026, 11, 17, 9, 42]],
    ['вт, 17 нояб. 2026 г., 09:42', [2026, 11, 17, 9, 42]],
    ['12 Mar 2026 Per 23:05', [2026, 3, 12, 23, 5]],
    ['mar, 1 dic 2026, 8:05', [2026, 12, 1, 8, 5]],
    ['mar. 17 nov. 2026, 09:42', [2026, 11, 17, 9, 42]],
    ['mar 17 nov 2026, 09:42', [2026, 11, 17, 9, 42]],
    ['ter., 17 de nov. de 2026, 09:42', [2026, 11, 17, 9, 42]],
    ['di 17 nov. 2026 09:42', [2026, 11, 17, 9, 42]],
    ['wt., 17 lis 2026, 09:42', [2026, 11, 17, 9, 42]],
    ['Tue, Mar 17, 2026, 9:42 AM', [2026, 3, 17, 9, 42]],
    ['26 дек. 2019 г., 22:53', [2019, 12, 26, 22, 53]],
  ] as const)('reads "%s"', (title, [y, mo, d, h, mi]) => {
    expect(parseGmailDate(title)?.getTime()).toBe(localInstant(y, mo, d, h, mi));
  });

  it('gives up on text without a full date (the page then falls back to capture time)', () => {
    expect(parseGmailDate('9:42 AM (2 hours ago)')).toBeNull();
  });
});

describe('Gmail selectors', () => {
  it('are valid data', () => {
    expect(GmailSelectors.safeParse(GMAIL_SELECTORS).success).toBe(true);
  });

  it('still accept a pack published before collapsed messages were read (new fields default)', () => {
    const { listItem: _added, ...older } = GMAIL_SELECTORS;
    expect(GmailSelectors.parse(older).listItem).toEqual(GMAIL_SELECTORS.listItem);
  });
});
