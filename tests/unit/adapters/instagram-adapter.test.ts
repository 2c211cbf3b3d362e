// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createInstagramAdapter,
  instagramAdapter,
} from '../../../content-scripts/instagram/instagram-adapter.ts';
import {
  INSTAGRAM_SELECTORS,
  InstagramSelectors,
} from '../../../content-scripts/instagram/instagram-selectors.ts';
import { toIsoWithOffset } from '../../../content-scripts/page-time.ts';
import { messageKey } from '../../../shared/message.ts';
import { loadFixture, pageWindow, type KonukFixture } from '../content-scripts/fixture-page.ts';
import { insertIntoComposer } from '../../../content-scripts/composer-insert.ts';
import { readPage, setPageUrl } from './read-page.ts';

const THREAD = '17842390211052733';
const URL_OF = (id: string) => `https://www.instagram.com/direct/t/${id}/`;
const NOW = new Date(2026, 10, 23, 12, 0);
const SUGGESTION = 'Hoş geldiniz! <b>See you soon</b> & thanks.';
const HOSTILE = '<img src=x onerror="window.__konukXss=1"><script>window.__konukXss=2</script>';

// The fixture's driver stamps what it adds with the page's clock: pinned to the test's "now".
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('Instagram Direct adapter on the 2026-11 thread page', () => {
  let driver: KonukFixture;
  beforeEach(() => {
    driver = loadFixture('instagram/instagram-direct-2026-11.html', URL_OF(THREAD));
  });

  it('reads every message of the open thread in order, with its direction', () => {
    const messages = readPage(instagramAdapter, NOW);
    expect(messages.map((m) => m.direction)).toEqual([
      'inbound',
      'inbound',
      'outbound',
      'outbound',
      'inbound',
      'inbound',
    ]);
    expect(messages.every((m) => m.channel === 'instagram' && m.conversationId === THREAD)).toBe(true);
    expect(messages[0]!.platformMessageId).toBe('mid.$cAABa8xY9Zq1nTq3h5GM2Gq0aBcDe');
  });

  it('carries the sender of a run forward to messages without a heading', () => {
    const [, secondGuest, , secondStaff] = readPage(instagramAdapter, NOW);
    expect(secondGuest!.direction).toBe('inbound');
    expect(secondGuest!.senderName).toBe('Lucía Fernández');
    expect(secondStaff!.direction).toBe('outbound');
    expect(secondStaff!.senderName).toBeUndefined();
  });

  it('names the guest and takes the handle from the profile link', () => {
    const first = readPage(instagramAdapter, NOW)[0]!;
    expect(first.senderName).toBe('Lucía Fernández');
    expect(first.senderHandle).toBe('@lucia.fernandez.travel');
    expect(first.conversationTitle).toBe('Lucía Fernández');
    expect(first.conversationUrl).toBe(URL_OF(THREAD));
  });

  it('dates messages from the separator rows, relative ones against the capture time', () => {
    const sentAt = readPage(instagramAdapter, NOW).map((m) => m.sentAt);
    expect(sentAt[0]).toBe(toIsoWithOffset(new Date(2026, 10, 20, 9, 12)));
    expect(sentAt[2]).toBe(toIsoWithOffset(new Date(2026, 10, 20, 10, 5)));
    expect(sentAt[4]).toBe(toIsoWithOffset(new Date(2026, 10, 22, 23, 20)));
  });

  it('keeps line breaks and multilingual text as the guest wrote it', () => {
    const messages = readPage(instagramAdapter, NOW);
    expect(messages[0]!.text).toBe(
      '¡Hola! Llegamos el 18 de diciembre con dos niños. ¿Es posible tener una cuna en la habitación?',
    );
    expect(messages[1]!.text).toBe('And is the airport transfer from Antalya included?\nWe land at 14:30.');
  });

  it('keeps a message made of HTML as plain text and runs none of it', () => {
    const hostile = readPage(instagramAdapter, NOW)[4]!;
    expect(hostile.text).toBe(HOSTILE);
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(pageWindow.__konukXss).toBeUndefined();
  });

  it('gives the same ids on every read, and keeps them when new messages arrive', () => {
    const before = readPage(instagramAdapter, NOW).map(messageKey);
    expect(readPage(instagramAdapter, NOW).map(messageKey)).toEqual(before);
    const newId = driver.receive('Gracias! 🙏');
    const after = readPage(instagramAdapter, NOW);
    expect(after.map(messageKey).slice(0, before.length)).toEqual(before);
    expect(new Set(after.map(messageKey)).size).toBe(before.length + 1);
    expect(after.at(-1)).toMatchObject({ platformMessageId: newId, text: 'Gracias! 🙏' });
  });

  it('reads what the driver adds: a guest message, then a staff reply sent from the composer', () => {
    driver.receive('¿A qué hora es el desayuno?');
    const composer = instagramAdapter.findComposer(document)!;
    composer.textContent = 'Breakfast is served 07:00–10:30.';
    composer.dispatchEvent(new Event('input', { bubbles: true }));
    const send = document.querySelector<HTMLElement>('[data-konuk-send]')!;
    expect(send.getAttribute('aria-disabled')).toBe('false');
    send.click();
    const messages = readPage(instagramAdapter, NOW);
    const [guest, staff] = messages.slice(-2);
    expect(guest).toMatchObject({
      direction: 'inbound',
      text: '¿A qué hora es el desayuno?',
      senderName: 'Lucía Fernández',
    });
    expect(staff).toMatchObject({ direction: 'outbound', text: 'Breakfast is served 07:00–10:30.' });
  });

  it('follows the single-page app into another thread', () => {
    expect(driver.conversationIds()).toContain('17851174590123456');
    driver.openConversation('17851174590123456');
    const messages = readPage(instagramAdapter, NOW);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      conversationId: '17851174590123456',
      direction: 'inbound',
      senderName: 'Dmitri Volkov',
      senderHandle: '@dmitri.volkov.84',
      text: 'Здравствуйте! Можно ли поздний выезд 2 января, до 16:00? Спасибо!',
    });
  });

  it('treats a staff heading next to the guest avatar as inbound (signals disagree)', () => {
    const staffCell = document.querySelectorAll(instagramAdapter.messageSelector)[3]!;
    const avatar = document.querySelector('a[aria-label^="Open the profile page of"]')!.cloneNode(true);
    staffCell.append(avatar);
    expect(readPage(instagramAdapter, NOW)[3]!.direction).toBe('inbound');
  });

  it('finds the composer and knows when a thread is open', () => {
    const composer = instagramAdapter.findComposer(document);
    expect(composer?.getAttribute('contenteditable')).toBe('true');
    expect(instagramAdapter.isConversationOpen(document)).toBe(true);
    setPageUrl('https://www.instagram.com/direct/inbox/');
    expect(instagramAdapter.isConversationOpen(document)).toBe(false);
  });

  it('still reads message cells without data-scope through the fallback, and reports it', () => {
    for (const cell of Array.from(document.querySelectorAll('[data-scope="messages_table"]'))) {
      cell.removeAttribute('data-scope');
    }
    const reported: string[] = [];
    const env = {
      document,
      location: window.location,
      now: NOW,
      reportFallback: (n: string) => reported.push(n),
    };
    const messages = Array.from(document.querySelectorAll(instagramAdapter.messageSelector)).map((cell) =>
      instagramAdapter.readMessage(cell, env),
    );
    expect(messages.map((m) => m?.direction)).toEqual([
      'inbound',
      'inbound',
      'outbound',
      'outbound',
      'inbound',
      'inbound',
    ]);
    expect(reported).toContain('messageCell[1]');
  });

  it('uses a newer selector pack served as data', () => {
    for (const textBlock of Array.from(document.querySelectorAll('div[id^="mid.$"] div[dir="auto"]'))) {
      textBlock.setAttribute('data-konuk-next-text', '');
      textBlock.removeAttribute('dir');
    }
    const adapter = createInstagramAdapter(
      InstagramSelectors.parse({ ...INSTAGRAM_SELECTORS, text: ['[data-konuk-next-text]'] }),
    );
    expect(readPage(adapter, NOW)[0]!.text).toMatch(/^¡Hola!/);
  });

  it('rejects a selector pack that is missing a list', () => {
    const { grid: _grid, ...withoutGrid } = INSTAGRAM_SELECTORS;
    expect(InstagramSelectors.safeParse(withoutGrid).success).toBe(false);
  });
});

describe('inserting a suggested reply into the Instagram composer', () => {
  it('lets the page register it: Send enables and sends exactly that text, markup as characters', () => {
    loadFixture('instagram/instagram-direct-2026-11.html', URL_OF(THREAD));
    const composer = instagramAdapter.findComposer(document)!;
    expect(insertIntoComposer(composer, SUGGESTION)).toBe(true);
    const send = document.querySelector<HTMLElement>('[data-konuk-send]')!;
    expect(send.getAttribute('aria-disabled')).toBe('false');
    send.click();
    expect(readPage(instagramAdapter, NOW).at(-1)).toMatchObject({
      direction: 'outbound',
      text: SUGGESTION,
    });
  });
});
