// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  businessSuiteCommentsAdapter,
  createBusinessSuiteCommentsAdapter,
} from '../../../content-scripts/business-suite-comments/business-suite-comments-adapter.ts';
import { BUSINESS_SUITE_COMMENTS_SELECTORS } from '../../../content-scripts/business-suite-comments/business-suite-comments-selectors.ts';
import { parseCompactAge } from '../../../content-scripts/business-suite-comments/compact-age.ts';
import { businessSuiteAdapter } from '../../../content-scripts/messenger/business-suite-adapter.ts';
import { insertIntoComposer } from '../../../content-scripts/composer-insert.ts';
import { loadFixture, localInstant, pageWindow, type KonukFixture } from '../content-scripts/fixture-page.ts';
import { readPage, setPageUrl } from './read-page.ts';

const INBOX = 'https://business.facebook.com/latest/inbox/facebook';
const PAGE = `${INBOX}?asset_id=1029384756&mailbox_id=1029384756&selected_item_id=1029384756_889900112233&thread_type=FB_COMMENT&nav_ref=bell`;
const NOW = new Date(localInstant(2026, 11, 23, 12, 0));
const DENIZ = 'comment:1122334455667788';

describe('Facebook Page comments in the Business Suite inbox, 2026-12 page', () => {
  let driver: KonukFixture;
  beforeEach(() => {
    driver = loadFixture('business-suite-comments/business-suite-comments-2026-12.html', PAGE);
  });

  it('reads each top-level comment with its replies as one public conversation on Messenger’s channel', () => {
    const messages = readPage(businessSuiteCommentsAdapter, NOW);
    expect(messages.map((m) => [m.conversationId, m.platformMessageId, m.direction])).toEqual([
      [DENIZ, '1122334455667788', 'inbound'],
      [DENIZ, '1122334455669999', 'outbound'],
      ['comment:1122334455661111', '1122334455661111', 'inbound'],
      ['comment:1122334455662222', '1122334455662222', 'inbound'],
    ]);
    expect(messages[0]).toMatchObject({
      channel: 'messenger',
      senderName: 'Deniz Kaya',
      senderHandle: 'deniz.kaya.5',
      visibility: 'public',
      publicSource: 'facebook_comment',
      text: 'Rezervasyonumu iptal ettim ama iadem hâlâ gelmedi! Kimse cevap vermiyor.',
      publicUrl: 'https://www.facebook.com/konukbeachresort/posts/pfbid02Xy7Qk?comment_id=1122334455667788',
      conversationUrl: `${INBOX}?asset_id=1029384756&mailbox_id=1029384756&selected_item_id=1029384756_889900112233&thread_type=FB_COMMENT`,
    });
    // The full date in the age's tooltip, in the page's zone.
    expect(Date.parse(messages[0]!.sentAt)).toBe(localInstant(2026, 11, 21, 18, 3));
    expect(messages[1]!.senderHandle).toBeUndefined();
  });

  it('keeps hostile text inert', () => {
    const hostile = readPage(businessSuiteCommentsAdapter, NOW).at(-1)!;
    expect(hostile.text).toContain('<img src=x onerror="window.__konukXss=1">');
    expect(pageWindow.__konukXss).toBeUndefined();
  });

  it('puts the public reply into the page’s own reply box, then reads it in the guest’s thread', () => {
    driver.openConversation(DENIZ);
    const composer = businessSuiteCommentsAdapter.findComposer(document)!;
    expect(composer.getAttribute('aria-label')).toBe('Reply as Konuk Beach Resort');
    expect(insertIntoComposer(composer, 'Size Messenger’dan yazdık.')).toBe(true);
    (document.querySelector('[data-konuk-send]') as HTMLElement).click();
    const thread = readPage(businessSuiteCommentsAdapter, NOW);
    expect(thread.map((m) => [m.conversationId, m.direction, m.text])).toEqual([
      [DENIZ, 'inbound', 'Rezervasyonumu iptal ettim ama iadem hâlâ gelmedi! Kimse cevap vermiyor.'],
      [
        DENIZ,
        'outbound',
        "Çok üzgünüz Deniz Hanım, hemen bakıyoruz. Lütfen bize Messenger'dan rezervasyon numaranızı yazın.",
      ],
      [DENIZ, 'outbound', 'Size Messenger’dan yazdık.'],
    ]);
  });

  it('reads Instagram comments in the same view on Instagram’s channel, keyed as on instagram.com', () => {
    setPageUrl(PAGE.replace('FB_COMMENT', 'IG_COMMENT').replace('/facebook?', '/instagram?'));
    driver.receive('Is the pier open in December?', {
      author: 'emma.travels',
      href: 'https://www.instagram.com/emma.travels/',
      permalink: 'https://www.instagram.com/p/C9xYz12AbCd/c/17981234567890777/',
    });
    const emma = readPage(businessSuiteCommentsAdapter, NOW).at(-1)!;
    expect(emma).toMatchObject({
      channel: 'instagram',
      conversationId: 'comment:17981234567890777',
      platformMessageId: '17981234567890777',
      senderHandle: '@emma.travels',
      publicSource: 'instagram_comment',
      publicUrl: 'https://www.instagram.com/p/C9xYz12AbCd/c/17981234567890777/',
    });
  });

  it('reads nothing in a Direct conversation, and the DM adapter reads nothing here', () => {
    expect(readPage(businessSuiteAdapter, NOW)).toEqual([]);
    expect(businessSuiteAdapter.isConversationOpen(document)).toBe(false);
    setPageUrl(PAGE.replace('FB_COMMENT', 'FB_MESSAGE'));
    expect(readPage(businessSuiteCommentsAdapter, NOW)).toEqual([]);
    expect(businessSuiteCommentsAdapter.isConversationOpen(document)).toBe(false);
  });

  it('reads with a pack from the API and reports an older selector when only it matches', () => {
    const adapter = createBusinessSuiteCommentsAdapter({
      ...BUSINESS_SUITE_COMMENTS_SELECTORS,
      text: ['.no-such-text', 'div[dir="auto"]'],
    });
    const fallbacks: string[] = [];
    expect(readPage(adapter, NOW, (name) => fallbacks.push(name))).toHaveLength(4);
    expect(fallbacks).toContain('text[1]');
    expect(businessSuiteCommentsAdapter.isConversationOpen(document)).toBe(true);
  });
});

describe('compact comment ages', () => {
  it.each([
    ['2d', 2 * 86_400_000],
    ['3w', 21 * 86_400_000],
    ['15h', 15 * 3_600_000],
    ['12m', 12 * 60_000],
    ['Just now', 0],
  ])('%s', (age, back) => {
    expect(parseCompactAge(age, NOW)?.getTime()).toBe(NOW.getTime() - back);
  });

  it('is no age otherwise', () => {
    expect(parseCompactAge('Reply', NOW)).toBeNull();
  });
});
