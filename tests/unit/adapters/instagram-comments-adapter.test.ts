// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createInstagramCommentsAdapter,
  instagramCommentsAdapter,
} from '../../../content-scripts/instagram-comments/instagram-comments-adapter.ts';
import { INSTAGRAM_COMMENTS_SELECTORS } from '../../../content-scripts/instagram-comments/instagram-comments-selectors.ts';
import { insertIntoComposer } from '../../../content-scripts/composer-insert.ts';
import { messageKey } from '../../../shared/message.ts';
import { instagramAdapter } from '../../../content-scripts/instagram/instagram-adapter.ts';
import { loadFixture, pageWindow, type KonukFixture } from '../content-scripts/fixture-page.ts';
import { readPage, setPageUrl } from './read-page.ts';

const POST = 'https://www.instagram.com/p/C9xYz12AbCd/?igsh=MWx0bHh0&img_index=1';
const NOW = new Date('2026-11-23T12:00:00.000Z');
const DENIZ = '17981234567890123';

describe('Instagram comments on a hotel post (2026-12 page)', () => {
  let driver: KonukFixture;
  beforeEach(() => {
    driver = loadFixture('instagram-comments/instagram-post-comments-2026-12.html', POST);
  });

  it('reads every comment as public, one conversation per top-level comment with its replies', () => {
    const messages = readPage(instagramCommentsAdapter, NOW);
    expect(messages.map((m) => [m.conversationId, m.platformMessageId, m.direction, m.senderName])).toEqual([
      [`comment:${DENIZ}`, DENIZ, 'inbound', 'deniz.k'],
      [`comment:${DENIZ}`, '17981234567890555', 'outbound', 'konukbeachresort'],
      ['comment:17981234567890777', '17981234567890777', 'inbound', 'emma.travels'],
      ['comment:17981234567890999', '17981234567890999', 'inbound', 'x.troll_'],
    ]);
    expect(messages[0]).toMatchObject({
      channel: 'instagram',
      senderHandle: '@deniz.k',
      visibility: 'public',
      publicSource: 'instagram_comment',
      text: 'Odamızın kliması 3 gündür çalışmıyor, resepsiyon hiç ilgilenmedi. Çok kötü!',
      conversationUrl: 'https://www.instagram.com/p/C9xYz12AbCd/',
      publicUrl: `https://www.instagram.com/p/C9xYz12AbCd/c/${DENIZ}/`,
    });
    expect(Date.parse(messages[0]!.sentAt)).toBe(Date.parse('2026-11-21T18:03:11.000Z'));
    // The hotel's own reply carries no guest handle.
    expect(messages[1]!.senderHandle).toBeUndefined();
  });

  it('is read by this adapter only: the Direct adapter, which runs on the same site, reads no comment', () => {
    expect(readPage(instagramAdapter, NOW)).toEqual([]);
  });

  it('does not read the post caption as a message', () => {
    const texts = readPage(instagramCommentsAdapter, NOW).map((m) => m.text);
    expect(texts.some((t) => t.includes('Sunset at the pier'))).toBe(false);
  });

  it('keeps hostile comment text inert', () => {
    const troll = readPage(instagramCommentsAdapter, NOW).find((m) => m.senderName === 'x.troll_')!;
    expect(troll.text).toBe(
      '<img src=x onerror="window.__konukXss=1"><script>window.__konukXss=2</script> fake hotel',
    );
    expect(pageWindow.__konukXss).toBeUndefined();
  });

  it('reads the same keys in the comment permalink view as on the post', () => {
    const before = readPage(instagramCommentsAdapter, NOW).filter(
      (m) => m.conversationId === `comment:${DENIZ}`,
    );
    driver.openConversation(`comment:${DENIZ}`);
    const after = readPage(instagramCommentsAdapter, NOW);
    expect(after.map(messageKey)).toEqual(before.map(messageKey));
  });

  it('captures the hotel’s reply typed into the page’s own comment box in the guest’s thread', () => {
    driver.openConversation(`comment:${DENIZ}`);
    const composer = instagramCommentsAdapter.findComposer(document)!;
    expect(composer.getAttribute('aria-label')).toBe('Add a comment…');
    expect(insertIntoComposer(composer, '@deniz.k Lütfen bize DM’den yazın, hemen ilgileniyoruz.')).toBe(
      true,
    );
    (document.querySelector('[data-konuk-send]') as HTMLElement).click();
    const thread = readPage(instagramCommentsAdapter, NOW);
    expect(thread.at(-1)).toMatchObject({
      conversationId: `comment:${DENIZ}`,
      direction: 'outbound',
      text: '@deniz.k Lütfen bize DM’den yazın, hemen ilgileniyoruz.',
    });
  });

  it('reads nothing outside a post or reel page', () => {
    setPageUrl('https://www.instagram.com/direct/inbox/');
    expect(readPage(instagramCommentsAdapter, NOW)).toEqual([]);
    expect(instagramCommentsAdapter.isConversationOpen(document)).toBe(false);
  });

  it('reads a reel’s comments the same way', () => {
    setPageUrl('https://www.instagram.com/reel/C9xYz12AbCd/');
    expect(readPage(instagramCommentsAdapter, NOW)).toHaveLength(4);
  });

  it('reads with a pack from the API and reports an older selector when only it matches', () => {
    const adapter = createInstagramCommentsAdapter({
      ...INSTAGRAM_COMMENTS_SELECTORS,
      text: ['.no-such-text', ...INSTAGRAM_COMMENTS_SELECTORS.text],
    });
    const fallbacks: string[] = [];
    expect(readPage(adapter, NOW, (name) => fallbacks.push(name))).toHaveLength(4);
    expect(fallbacks).toContain('text[1]');
  });
});
