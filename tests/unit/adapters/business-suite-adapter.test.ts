// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { businessSuiteAdapter } from '../../../content-scripts/messenger/business-suite-adapter.ts';
import { toIsoWithOffset } from '../../../content-scripts/page-time.ts';
import { messageKey } from '../../../shared/message.ts';
import { loadFixture, pageWindow, type KonukFixture } from '../content-scripts/fixture-page.ts';
import { insertIntoComposer } from '../../../content-scripts/composer-insert.ts';
import { readPage, setPageUrl } from './read-page.ts';

const SELECTED = '100091122334455';
const INBOX_URL =
  'https://business.facebook.com/latest/inbox/all?asset_id=1029384756&selected_item_id=100091122334455' +
  '&mailbox_id=1029384756&thread_type=FB_MESSAGE&cquick=jsc_c_1x&__tn__=%2CO';
const NOW = new Date(2026, 10, 23, 12, 0);
const SUGGESTION = 'Hoş geldiniz! <b>See you soon</b> & thanks.';
const HOSTILE = '<img src=x onerror="window.__konukXss=1"><script>window.__konukXss=2</script>';

// The fixture's driver stamps what it adds with the page's clock: pinned to the test's "now".
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('Meta Business Suite inbox adapter on the 2026-11 inbox page', () => {
  let driver: KonukFixture;
  beforeEach(() => {
    driver = loadFixture('messenger/business-suite-inbox-2026-11.html', INBOX_URL);
  });

  it('reads the selected Messenger conversation, named by selected_item_id', () => {
    const messages = readPage(businessSuiteAdapter, NOW);
    expect(messages.map((m) => [m.channel, m.conversationId, m.direction])).toEqual([
      ['messenger', SELECTED, 'inbound'],
      ['messenger', SELECTED, 'outbound'],
      ['messenger', SELECTED, 'inbound'],
      ['messenger', SELECTED, 'inbound'],
    ]);
  });

  it('reads sender, handle, time and plain text', () => {
    const [first, , hostile] = readPage(businessSuiteAdapter, NOW);
    expect(first).toMatchObject({
      senderName: 'Sophie Laurent',
      senderHandle: 'sophie.laurent.lyon',
      sentAt: toIsoWithOffset(new Date(2026, 10, 20, 18, 14)),
      text: 'Bonjour ! Est-ce que le spa est ouvert en janvier ? Nous arrivons le 3 janvier pour une semaine.',
    });
    expect(hostile!.text).toBe(HOSTILE);
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(pageWindow.__konukXss).toBeUndefined();
  });

  it('keeps only the parameters that reopen the conversation in its URL', () => {
    expect(readPage(businessSuiteAdapter, NOW)[0]!.conversationUrl).toBe(
      'https://business.facebook.com/latest/inbox/all?asset_id=1029384756&mailbox_id=1029384756' +
        '&selected_item_id=100091122334455&thread_type=FB_MESSAGE',
    );
  });

  it('gives the same ids on every read and after new messages arrive', () => {
    const before = readPage(businessSuiteAdapter, NOW).map(messageKey);
    expect(readPage(businessSuiteAdapter, NOW).map(messageKey)).toEqual(before);
    driver.receive('Merci beaucoup !');
    expect(readPage(businessSuiteAdapter, NOW).map(messageKey).slice(0, before.length)).toEqual(before);
  });

  it('logs an Instagram conversation of the same inbox under the Instagram channel', () => {
    driver.openConversation('17841400112233445');
    const [message] = readPage(businessSuiteAdapter, NOW);
    expect(message).toMatchObject({
      channel: 'instagram',
      conversationId: '17841400112233445',
      senderName: 'Mehmet Kaya',
      senderHandle: '@mehmetkaya.ist',
      direction: 'inbound',
    });
  });

  it('leaves public comments to the public-reply flow: nothing is read as a DM', () => {
    driver.openConversation('100093344556677');
    expect(readPage(businessSuiteAdapter, NOW)).toEqual([]);
    expect(businessSuiteAdapter.isConversationOpen(document)).toBe(false);
  });

  it('reads a reply sent from the Lexical composer as outbound', () => {
    const composer = businessSuiteAdapter.findComposer(document)!;
    expect(composer.getAttribute('aria-label')).toBe('Reply in Messenger…');
    composer.textContent = 'Oui, nous avons trois places pour camping-cars.';
    composer.dispatchEvent(new Event('input', { bubbles: true }));
    document.querySelector<HTMLElement>('[data-konuk-send]')!.click();
    expect(readPage(businessSuiteAdapter, NOW).at(-1)).toMatchObject({
      direction: 'outbound',
      text: 'Oui, nous avons trois places pour camping-cars.',
    });
  });

  it('knows when a conversation is open', () => {
    expect(businessSuiteAdapter.isConversationOpen(document)).toBe(true);
    setPageUrl('https://business.facebook.com/latest/inbox/all?asset_id=1029384756');
    expect(businessSuiteAdapter.isConversationOpen(document)).toBe(false);
  });
});

describe('inserting a suggested reply into the Business Suite composer', () => {
  it('lets the page register it: Send enables and sends exactly that text, markup as characters', () => {
    loadFixture('messenger/business-suite-inbox-2026-11.html', INBOX_URL);
    const composer = businessSuiteAdapter.findComposer(document)!;
    expect(insertIntoComposer(composer, SUGGESTION)).toBe(true);
    const send = document.querySelector<HTMLElement>('[data-konuk-send]')!;
    expect(send.getAttribute('aria-disabled')).toBe('false');
    send.click();
    expect(readPage(businessSuiteAdapter, NOW).at(-1)).toMatchObject({
      direction: 'outbound',
      text: SUGGESTION,
    });
  });
});
