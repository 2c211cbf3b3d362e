// @vitest-environment happy-dom
// The Business Suite 2026 inbox: a "Message list container" region whose messages carry
// data-message-id, on a fixture reconstructed from public descriptions.
import { beforeEach, describe, expect, it } from 'vitest';
import { businessSuiteAdapter } from '../../../content-scripts/messenger/business-suite-adapter.ts';
import { toIsoWithOffset } from '../../../content-scripts/page-time.ts';
import {
  loadFixture,
  pageWindow,
  readEnvironment,
  type KonukFixture,
} from '../content-scripts/fixture-page.ts';
import { readPage, setPageUrl } from './read-page.ts';

const SELECTED = '100091122334455';
const INBOX_URL =
  'https://business.facebook.com/latest/inbox/all?asset_id=1029384756&selected_item_id=100091122334455' +
  '&mailbox_id=1029384756&thread_type=FB_MESSAGE';
const NOW = new Date(2026, 11, 3, 12, 0);

describe('Meta Business Suite adapter on the 2026 message list', () => {
  let driver: KonukFixture;
  beforeEach(() => {
    driver = loadFixture('messenger/business-suite-inbox-2026-12.html', INBOX_URL);
  });

  it('reads every message of the region with its id, none of the conversation list', () => {
    const messages = readPage(businessSuiteAdapter, NOW);
    expect(messages.map((m) => [m.platformMessageId, m.direction, m.kind ?? 'text'])).toEqual([
      ['m_sophie_1', 'inbound', 'text'],
      ['m_sophie_2', 'inbound', 'photo'],
      ['m_page_3', 'outbound', 'text'],
      ['m_page_4', 'outbound', 'file'],
      ['m_sophie_5', 'inbound', 'text'],
    ]);
    expect(messages.every((m) => m.channel === 'messenger' && m.conversationId === SELECTED)).toBe(true);
    const env = readEnvironment(NOW);
    for (const preview of document.querySelectorAll('[role="listitem"]')) {
      expect(businessSuiteAdapter.readMessage(preview, env)).toBeNull();
    }
  });

  it('carries the run heading: the guest by name, "Sent by <agent>" as the Page', () => {
    const [first, photo, staff, file] = readPage(businessSuiteAdapter, NOW);
    expect(first).toMatchObject({
      senderName: 'Sophie Laurent',
      senderHandle: 'sophie.laurent.lyon',
      conversationTitle: 'Sophie Laurent',
    });
    expect(photo).toMatchObject({ senderName: 'Sophie Laurent', text: '[Photo]' });
    expect(staff!.senderName).toBeUndefined();
    expect(file).toMatchObject({ direction: 'outbound', text: '[File]' });
  });

  it('dates each message by its tooltip, keeps line breaks and markup as characters', () => {
    const messages = readPage(businessSuiteAdapter, NOW);
    expect(messages[0]!.sentAt).toBe(toIsoWithOffset(new Date(2026, 10, 30, 18, 14)));
    expect(messages[2]!.sentAt).toBe(toIsoWithOffset(new Date(2026, 11, 1, 9, 2)));
    expect(messages[0]!.text).toBe('Bonjour ! Nous arrivons le 3 janvier.\nAvez-vous un lit bébé ?');
    expect(messages[4]!.text).toBe('<img src=x onerror="window.__konukXss=1">Merci, à bientôt !');
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(pageWindow.__konukXss).toBeUndefined();
  });

  it('treats a Page heading beside the guest avatar as inbound (signals disagree)', () => {
    const staff = document.querySelector('[data-message-id="m_page_3"]')!;
    staff.append(document.querySelector('a[aria-label^="Open the profile page of"]')!.cloneNode(true));
    expect(readPage(businessSuiteAdapter, NOW)[2]!.direction).toBe('inbound');
  });

  it('reads what arrives, and knows when a conversation is open', () => {
    const id = driver.receive('Le parking est-il couvert ?');
    expect(readPage(businessSuiteAdapter, NOW).at(-1)).toMatchObject({
      platformMessageId: id,
      direction: 'inbound',
      senderName: 'Sophie Laurent',
    });
    expect(businessSuiteAdapter.isConversationOpen(document)).toBe(true);
    setPageUrl('https://business.facebook.com/latest/inbox/all?asset_id=1029384756');
    expect(businessSuiteAdapter.isConversationOpen(document)).toBe(false);
  });

  it('reads the same list as Instagram Direct when the thread type says so', () => {
    setPageUrl(INBOX_URL.replace('FB_MESSAGE', 'IG_MESSAGE'));
    expect(readPage(businessSuiteAdapter, NOW).every((m) => m.channel === 'instagram')).toBe(true);
  });
});
