// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { messengerAdapter } from '../../../content-scripts/messenger/messenger-adapter.ts';
import { toIsoWithOffset } from '../../../content-scripts/page-time.ts';
import { messageKey } from '../../../shared/message.ts';
import {
  loadFixture,
  pageWindow,
  readEnvironment,
  type KonukFixture,
} from '../content-scripts/fixture-page.ts';
import { insertIntoComposer } from '../../../content-scripts/composer-insert.ts';
import { readPage, setPageUrl } from './read-page.ts';

const THREAD = '100087654321098';
const NOW = new Date(2026, 10, 23, 12, 0);
const SUGGESTION = 'Hoş geldiniz! <b>See you soon</b> & thanks.';
const HOSTILE = '<img src=x onerror="window.__konukXss=1"><script>window.__konukXss=2</script>';

/** The fixture's driver stamps what it adds with the page's clock: pinned, like the page's "now". */
function pinClock(at: Date): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
}
afterEach(() => vi.useRealTimers());

describe('Messenger adapter on the 2026-11 thread page', () => {
  let driver: KonukFixture;
  beforeEach(() => {
    driver = loadFixture('messenger/messenger-thread-2026-11.html', `https://www.messenger.com/t/${THREAD}/`);
  });

  it('reads every message with its direction, carrying "You sent" over the run', () => {
    const messages = readPage(messengerAdapter, NOW);
    expect(messages.map((m) => m.direction)).toEqual([
      'inbound',
      'inbound',
      'inbound',
      'outbound',
      'outbound',
      'inbound',
      'inbound',
    ]);
    expect(messages.every((m) => m.channel === 'messenger' && m.conversationId === THREAD)).toBe(true);
  });

  it('names the guest, takes the handle from the profile link and the title from the grid', () => {
    const [first, , , staff] = readPage(messengerAdapter, NOW);
    expect(first).toMatchObject({
      senderName: 'Hans Becker',
      senderHandle: 'hans.becker.muc',
      conversationTitle: 'Hans Becker',
      conversationUrl: `https://www.messenger.com/t/${THREAD}/`,
    });
    expect(staff!.senderName).toBeUndefined();
    expect(staff!.senderHandle).toBeUndefined();
  });

  it('dates a message by its own tooltip, or by the separator above when it has none', () => {
    const messages = readPage(messengerAdapter, NOW);
    expect(messages[0]!.sentAt).toBe(toIsoWithOffset(new Date(2026, 10, 21, 20, 31)));
    expect(messages[3]!.sentAt).toBe(toIsoWithOffset(new Date(2026, 10, 22, 9, 10)));
    expect(messages[5]!.sentAt).toBe(toIsoWithOffset(new Date(2026, 10, 23, 8, 2)));
  });

  it('keeps text plain: line breaks, German umlauts, and HTML as characters', () => {
    const messages = readPage(messengerAdapter, NOW);
    expect(messages[6]!.text).toBe(
      'Kann ich die Rechnung auf meine Firma ausstellen lassen?\nBecker GmbH, Leopoldstraße 12, München',
    );
    expect(messages[5]!.text).toBe(HOSTILE);
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(pageWindow.__konukXss).toBeUndefined();
  });

  it('derives ids that tell two identical messages apart and repeat on every read', () => {
    const keys = readPage(messengerAdapter, NOW).map(messageKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(readPage(messengerAdapter, NOW).map(messageKey)).toEqual(keys);
  });

  it('keeps derived ids when earlier rows leave the DOM (virtualised scrolling)', () => {
    const before = readPage(messengerAdapter, NOW).map(messageKey);
    const rows = document.querySelectorAll('[role="main"] [role="grid"] [role="row"]');
    rows[0]!.remove();
    rows[1]!.remove();
    expect(readPage(messengerAdapter, NOW).map(messageKey)).toEqual(before.slice(1));
  });

  it('keeps a derived id the next day, when "Today" has become "Yesterday"', () => {
    const before = readPage(messengerAdapter, NOW)[5]!;
    const separator = Array.from(document.querySelectorAll('[data-scope="date_break"]')).find(
      (s) => s.textContent === 'Today 8:02 AM',
    )!;
    separator.firstElementChild!.textContent = 'Yesterday 8:02 AM';
    const nextDay = readPage(messengerAdapter, new Date(2026, 10, 24, 9, 0))[5]!;
    expect(nextDay.platformMessageId).toBe(before.platformMessageId);
    expect(nextDay.sentAt).toBe(before.sentAt);
  });

  it('reads a guest message and a reply sent from the composer, as the app renders them', () => {
    pinClock(NOW);
    driver.receive('Und gibt es eine Ladestation für Elektroautos?');
    const composer = messengerAdapter.findComposer(document)!;
    expect(composer.getAttribute('data-lexical-editor')).toBe('true');
    composer.textContent = 'Ja, zwei Ladepunkte in der Tiefgarage.';
    composer.dispatchEvent(new Event('input', { bubbles: true }));
    document.querySelector<HTMLElement>('[data-konuk-send]')!.click();
    const [guest, staff] = readPage(messengerAdapter, NOW).slice(-2);
    expect(guest).toMatchObject({ direction: 'inbound', senderName: 'Hans Becker' });
    expect(staff).toMatchObject({ direction: 'outbound', text: 'Ja, zwei Ladepunkte in der Tiefgarage.' });
  });

  it('follows the app into another thread', () => {
    driver.openConversation('100076543210987');
    const messages = readPage(messengerAdapter, NOW);
    expect(messages.map((m) => [m.conversationId, m.direction, m.text])).toEqual([
      ['100076543210987', 'inbound', 'مرحبا، هل يوجد مصلى في الفندق؟'],
      ['100076543210987', 'outbound', 'Yes, there is a prayer room next to the lobby, open all day.'],
    ]);
    expect(messages[0]!.senderName).toBe('Omar Haddad');
  });

  it('reads the same thread on facebook.com/messages with the same ids', () => {
    const onMessenger = readPage(messengerAdapter, NOW).map(messageKey);
    setPageUrl(`https://www.facebook.com/messages/t/${THREAD}/`);
    expect(readPage(messengerAdapter, NOW).map(messageKey)).toEqual(onMessenger);
  });

  it('captures a photo that has neither text nor id, with a derived id that holds', () => {
    const rows = document.querySelector('[data-konuk-rows]')!;
    const row = document.createElement('div');
    row.setAttribute('role', 'row');
    row.innerHTML =
      '<div role="gridcell" data-scope="messages_table"><div class="x1bubble">' +
      '<a href="https://www.facebook.com/messenger_media/?attachment_id=7" role="link">' +
      '<img alt="" src="https://scontent.example.invalid/p.jpg?sig=1" width="240" height="180"></a></div>' +
      '<span data-tooltip-content="8:04 AM" aria-label="Monday, November 23, 2026 at 8:04 AM"></span>' +
      '<a aria-label="Open the profile page of Hans Becker" href="https://www.facebook.com/hans.becker.muc"' +
      ' role="link"><img alt="Hans Becker" width="28" height="28"></a></div>';
    rows.append(row);
    const photo = readPage(messengerAdapter, NOW).at(-1)!;
    expect(photo).toMatchObject({
      kind: 'photo',
      text: '[Photo]',
      direction: 'inbound',
      senderName: 'Hans Becker',
      sentAt: toIsoWithOffset(new Date(2026, 10, 23, 8, 4)),
    });
    expect(photo.platformMessageId).toMatch(/^derived:/);
    rows.firstElementChild!.remove();
    expect(readPage(messengerAdapter, new Date(2026, 10, 24, 9, 0)).at(-1)!.platformMessageId).toBe(
      photo.platformMessageId,
    );
  });

  it('reads "You replied to …" as the hotel\'s reply and "… replied to you" as the guest by name', () => {
    const headings = document.querySelectorAll('[data-konuk-rows] h5 > span');
    headings[1]!.textContent = 'You replied to Hans Becker';
    headings[2]!.textContent = 'Hans Becker replied to you';
    const messages = readPage(messengerAdapter, NOW);
    expect(messages[3]!.direction).toBe('outbound');
    expect(messages[5]).toMatchObject({ direction: 'inbound', senderName: 'Hans Becker' });
  });

  it('never reads nor badges the sidebar chat list, even when its rows hold gridcells', () => {
    for (const link of Array.from(document.querySelectorAll('[role="navigation"] [role="row"] > a'))) {
      const cell = document.createElement('div');
      cell.setAttribute('role', 'gridcell');
      link.replaceWith(cell);
      cell.append(link);
    }
    const env = readEnvironment(NOW);
    const sidebar = Array.from(document.querySelectorAll('[role="navigation"] [role="gridcell"]'));
    expect(sidebar).toHaveLength(3);
    expect(sidebar.every((cell) => cell.matches(messengerAdapter.messageSelector))).toBe(true);
    expect(sidebar.map((cell) => messengerAdapter.readMessage(cell, env))).toEqual([null, null, null]);
    expect(readPage(messengerAdapter, NOW)).toHaveLength(7);
  });

  it('finds the composer and knows when a thread is open', () => {
    expect(messengerAdapter.findComposer(document)?.getAttribute('role')).toBe('textbox');
    expect(messengerAdapter.isConversationOpen(document)).toBe(true);
    setPageUrl('https://www.facebook.com/');
    expect(messengerAdapter.isConversationOpen(document)).toBe(false);
  });
});

describe('inserting a suggested reply into the Messenger composer', () => {
  it('lets the page register it: Send enables and sends exactly that text, markup as characters', () => {
    pinClock(NOW);
    loadFixture('messenger/messenger-thread-2026-11.html', `https://www.messenger.com/t/${THREAD}/`);
    const composer = messengerAdapter.findComposer(document)!;
    expect(insertIntoComposer(composer, SUGGESTION)).toBe(true);
    const send = document.querySelector<HTMLElement>('[data-konuk-send]')!;
    expect(send.getAttribute('aria-disabled')).toBe('false');
    send.click();
    expect(readPage(messengerAdapter, NOW).at(-1)).toMatchObject({
      direction: 'outbound',
      text: SUGGESTION,
    });
  });
});
