// @vitest-environment happy-dom
// Messenger's 2026 thread view (div[role="log"], one element per message with its id and an
// "At 16:15, Name: text" label) on a fixture reconstructed from public descriptions.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { messengerAdapter } from '../../../content-scripts/messenger/messenger-adapter.ts';
import { startCapture } from '../../../content-scripts/capture-controller.ts';
import { toIsoWithOffset } from '../../../content-scripts/page-time.ts';
import { messageKey } from '../../../shared/message.ts';
import {
  loadFixture,
  pageWindow,
  readEnvironment,
  type KonukFixture,
} from '../content-scripts/fixture-page.ts';
import { fakeBackground, storedReply, useEnglishMessages } from '../content-scripts/fake-extension.ts';
import { readPage, setPageUrl } from './read-page.ts';

const THREAD = '100087654321098';
const URL = `https://www.messenger.com/t/${THREAD}/`;
const NOW = new Date(2026, 11, 3, 12, 0);
const HOSTILE = '<img src=x onerror="window.__konukXss=1"><script>window.__konukXss=2</script>';

describe('Messenger adapter on the 2026 log thread view', () => {
  let driver: KonukFixture;
  beforeEach(() => {
    driver = loadFixture('messenger/messenger-thread-log-2026-12.html', URL);
  });
  afterEach(() => vi.useRealTimers());

  it('reads every message of the log, none of the sidebar, with the direction its label gives', () => {
    const messages = readPage(messengerAdapter, NOW);
    expect(messages.map((m) => [m.direction, m.kind ?? 'text', m.text])).toEqual([
      ['inbound', 'text', 'Guten Abend! Wir kommen am 27.12. mit dem Auto an.'],
      ['inbound', 'text', 'Gibt es einen Parkplatz?\nUnd eine Ladestation?'],
      ['outbound', 'text', 'Guten Morgen Herr Becker, ja, der Parkplatz ist kostenlos.'],
      ['outbound', 'text', 'Zwei Ladepunkte gibt es in der Tiefgarage.'],
      ['inbound', 'photo', '[Photo]'],
      ['inbound', 'sticker', '[Sticker]'],
      ['inbound', 'text', '👍'],
      ['inbound', 'voice', '[Voice message]'],
      ['inbound', 'text', HOSTILE],
    ]);
    expect(messages.every((m) => m.channel === 'messenger' && m.conversationId === THREAD)).toBe(true);
  });

  it("takes the page's message ids, and gives the photo without one a derived id that holds", () => {
    const messages = readPage(messengerAdapter, NOW);
    expect(messages[0]!.platformMessageId).toBe('mid.$gABm1cQ2026a1');
    const photo = messages[4]!.platformMessageId;
    expect(photo).toMatch(/^derived:/);
    // Older history loading above and a day passing change nothing.
    const log = document.querySelector('[role="log"]')!;
    log.querySelector('[data-message-id]')!.remove();
    log.querySelector('[role="separator"]')!.remove();
    const later = readPage(messengerAdapter, new Date(2026, 11, 4, 9, 0));
    expect(later.find((m) => m.kind === 'photo')!.platformMessageId).toBe(photo);
    expect(new Set(messages.map(messageKey)).size).toBe(messages.length);
  });

  it('names the guest from the label, never the account, and takes the handle from the avatar', () => {
    const [first, , staff] = readPage(messengerAdapter, NOW);
    expect(first).toMatchObject({
      senderName: 'Hans Becker',
      senderHandle: 'hans.becker.muc',
      conversationTitle: 'Hans Becker',
    });
    expect(staff!.senderName).toBeUndefined();
    expect(staff!.senderHandle).toBeUndefined();
  });

  it('dates a message by the clock in its label and the separator above it', () => {
    const sentAt = readPage(messengerAdapter, NOW).map((m) => m.sentAt);
    expect(sentAt[0]).toBe(toIsoWithOffset(new Date(2026, 11, 1, 20, 31)));
    expect(sentAt[2]).toBe(toIsoWithOffset(new Date(2026, 11, 2, 9, 10)));
    expect(sentAt[5]).toBe(toIsoWithOffset(new Date(2026, 11, 3, 8, 5)));
  });

  it('keeps a quoted original out of a reply, and markup as characters', () => {
    const messages = readPage(messengerAdapter, NOW);
    expect(messages[3]!.text).not.toContain('Parkplatz');
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(pageWindow.__konukXss).toBeUndefined();
  });

  it('reads labels in other languages and with parts missing', () => {
    const first = document.querySelector('[data-message-id="mid.$gABm1cQ2026a1"]')!;
    const staff = document.querySelector('[data-message-id="mid.$gABm1cQ2026b1"]')!;
    const read = () => readPage(messengerAdapter, NOW);
    staff.setAttribute(
      'aria-label',
      'Saat 09:10, Sen: Guten Morgen Herr Becker, ja, der Parkplatz ist kostenlos.',
    );
    first.setAttribute(
      'aria-label',
      'Um 20:31, Hans Becker: Guten Abend! Wir kommen am 27.12. mit dem Auto an.',
    );
    expect(read()[2]!.direction).toBe('outbound');
    expect(read()[0]).toMatchObject({
      senderName: 'Hans Becker',
      sentAt: toIsoWithOffset(new Date(2026, 11, 1, 20, 31)),
    });
    staff.setAttribute(
      'aria-label',
      'À 9:10 AM, Vous : Guten Morgen Herr Becker, ja, der Parkplatz ist kostenlos.',
    );
    expect(read()[2]).toMatchObject({
      direction: 'outbound',
      sentAt: toIsoWithOffset(new Date(2026, 11, 2, 9, 10)),
    });
    // Only the text: the guest's own words, however many colons they hold, and the title names them.
    first.setAttribute('aria-label', 'Guten Abend! Wir kommen am 27.12. mit dem Auto an.');
    first.querySelector('[dir="auto"]')!.textContent = 'Guten Abend! Wir kommen am 27.12. mit dem Auto an.';
    expect(read()[0]).toMatchObject({ direction: 'inbound', senderName: 'Hans Becker' });
    first.removeAttribute('aria-label');
    expect(read()[0]).toMatchObject({
      direction: 'inbound',
      text: 'Guten Abend! Wir kommen am 27.12. mit dem Auto an.',
    });
  });

  it('reads builds that put the label on an inner element, cut long labels short, or nest gridcells', () => {
    const first = document.querySelector('[data-message-id="mid.$gABm1cQ2026a2"]')!;
    const inner = document.createElement('div');
    inner.setAttribute('aria-roledescription', 'message');
    inner.setAttribute(
      'aria-label',
      first.getAttribute('aria-label')!.replace('Und eine Ladestation?', 'Und…'),
    );
    first.removeAttribute('aria-roledescription');
    first.removeAttribute('aria-label');
    const cell = document.createElement('div');
    cell.setAttribute('role', 'gridcell');
    cell.append(...first.childNodes);
    inner.append(cell);
    const row = document.createElement('div');
    row.setAttribute('role', 'row');
    row.append(inner);
    first.append(row);
    const messages = readPage(messengerAdapter, NOW);
    expect(messages).toHaveLength(9);
    expect(messages[1]).toMatchObject({
      platformMessageId: 'mid.$gABm1cQ2026a2',
      senderName: 'Hans Becker',
      sentAt: toIsoWithOffset(new Date(2026, 11, 1, 20, 32)),
      text: 'Gibt es einen Parkplatz?\nUnd eine Ladestation?',
    });
  });

  it('never reads the sidebar chat list, even when its rows are gridcells', () => {
    const env = readEnvironment(NOW);
    const sidebar = Array.from(document.querySelectorAll('[role="navigation"] *')).filter((element) =>
      element.matches(messengerAdapter.messageSelector),
    );
    expect(sidebar.length).toBeGreaterThan(0);
    expect(sidebar.map((element) => messengerAdapter.readMessage(element, env))).toEqual(
      sidebar.map(() => null),
    );
  });

  it('reads a guest message and a reply as the app adds them', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 3, 11, 58));
    const id = driver.receive('Und gibt es E-Bikes zu leihen?');
    const composer = messengerAdapter.findComposer(document)!;
    composer.textContent = 'Ja, an der Rezeption.';
    composer.dispatchEvent(new Event('input', { bubbles: true }));
    document.querySelector<HTMLElement>('[data-konuk-send]')!.click();
    const [guest, staff] = readPage(messengerAdapter, NOW).slice(-2);
    expect(guest).toMatchObject({
      platformMessageId: id,
      direction: 'inbound',
      senderName: 'Hans Becker',
      sentAt: toIsoWithOffset(new Date(2026, 11, 3, 11, 58)),
    });
    expect(staff).toMatchObject({ direction: 'outbound', text: 'Ja, an der Rezeption.' });
  });

  it('knows a thread is open on the log layout', () => {
    expect(messengerAdapter.isConversationOpen(document)).toBe(true);
    setPageUrl('https://www.messenger.com/');
    expect(messengerAdapter.isConversationOpen(document)).toBe(false);
  });
});

describe('capturing on the 2026 log thread view', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    fakeBrowser.reset();
    useEnglishMessages();
    ctx = new ContentScriptContext('messenger-log-test');
  });
  afterEach(() => ctx.notifyInvalidated());

  it('badges guest messages only, none in the sidebar', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    try {
      loadFixture('messenger/messenger-thread-log-2026-12.html', URL);
      const background = fakeBackground(storedReply);
      startCapture(messengerAdapter, ctx);
      await vi.waitFor(() => expect(background.requests).toHaveLength(1));
      expect(background.requests[0]!.messages).toHaveLength(9);
      const badged = Array.from(document.querySelectorAll('[data-konuk-badge]'));
      expect(badged).toHaveLength(7);
      expect(badged.some((badge) => badge.closest('[role="navigation"]'))).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
