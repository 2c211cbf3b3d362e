// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createTripadvisorReviewsAdapter,
  tripadvisorReviewsAdapter,
} from '../../../content-scripts/tripadvisor-reviews/tripadvisor-reviews-adapter.ts';
import { TRIPADVISOR_REVIEWS_SELECTORS } from '../../../content-scripts/tripadvisor-reviews/tripadvisor-reviews-selectors.ts';
import { insertIntoComposer } from '../../../content-scripts/composer-insert.ts';
import { loadFixture, localInstant, pageWindow, type KonukFixture } from '../content-scripts/fixture-page.ts';
import { readPage } from './read-page.ts';

const PAGE = 'https://www.tripadvisor.com/ManagementCenter/reviews?businessId=301234&utm_medium=email';
const NOW = new Date(localInstant(2026, 12, 1, 9, 0));
const MARKUS = '987654321';
const EMMA = '987650000';
const MEHMET = '987659999';

describe('TripAdvisor reviews in the Management Center, 2026-12 page', () => {
  let driver: KonukFixture;
  beforeEach(() => {
    driver = loadFixture('tripadvisor-reviews/tripadvisor-owner-reviews-2026-12.html', PAGE);
  });

  it('reads each review as a public contact with username, bubbles, the day written and the month of stay', () => {
    const messages = readPage(tripadvisorReviewsAdapter, NOW);
    const markus = messages.find((m) => m.platformMessageId === MARKUS)!;
    expect(markus).toMatchObject({
      channel: 'tripadvisor',
      conversationId: MARKUS,
      direction: 'inbound',
      senderName: 'MarkusW1985',
      visibility: 'public',
      publicSource: 'tripadvisor_review',
      rating: { value: 1, outOf: 5 },
      stayMonth: '2026-10',
      text: 'Nie wieder\nDas Zimmer war schmutzig und die Klimaanlage lief nicht. An der Rezeption hat sich niemand gekümmert.',
      conversationUrl: 'https://www.tripadvisor.com/ManagementCenter/reviews?businessId=301234',
      publicUrl:
        'https://www.tripadvisor.com/ShowUserReviews-g1192102-d301234-r987654321-Konuk_Beach_Resort-Belek_Serik.html',
    });
    // A username is no guest name: the guest's name is never guessed from it.
    expect(markus.guestName).toBeUndefined();
    // The page prints the day: noon of it, in the page's zone.
    expect(Date.parse(markus.sentAt)).toBe(localInstant(2026, 11, 14, 12, 0));
    expect(new Set(messages.map((m) => m.conversationId)).size).toBe(3);
  });

  it('reads the management response as the hotel’s public reply, dated the day it was given', () => {
    const messages = readPage(tripadvisorReviewsAdapter, NOW).filter((m) => m.conversationId === EMMA);
    expect(messages.map((m) => [m.direction, m.rating?.value, m.text])).toEqual([
      [
        'inbound',
        5,
        'Perfect family holiday\nThe kids club was wonderful and the staff remembered our names.',
      ],
      ['outbound', undefined, 'Thank you, Emma! We look forward to welcoming your family again.'],
    ]);
    expect(messages[1]!.platformMessageId).toBe(`${EMMA}:owner-response`);
    expect(Date.parse(messages[1]!.sentAt)).toBe(localInstant(2026, 11, 12, 12, 0));
  });

  it('reads the older bubble class and keeps hostile text as inert text', () => {
    const mehmet = readPage(tripadvisorReviewsAdapter, NOW).find((m) => m.platformMessageId === MEHMET)!;
    expect(mehmet.rating).toEqual({ value: 2, outOf: 5 });
    expect(mehmet.text).toContain('<img src=x onerror="window.__konukXss=1">');
    expect(pageWindow.__konukXss).toBeUndefined();
  });

  it('captures a new review and the response posted through the page’s own response box', () => {
    const id = driver.receive('Breakfast was cold every morning.', { bubbles: 2, author: 'AnnaS' });
    driver.openConversation(id);
    const composer = tripadvisorReviewsAdapter.findComposer(document)!;
    expect(composer.getAttribute('aria-label')).toBe('Write your response');
    expect(insertIntoComposer(composer, 'We are sorry, Anna. Please write to us on WhatsApp.')).toBe(true);
    (document.querySelector('[data-konuk-send]') as HTMLButtonElement).click();
    const messages = readPage(tripadvisorReviewsAdapter, NOW);
    expect(messages.map((m) => [m.conversationId, m.direction, m.text])).toEqual([
      [id, 'inbound', 'Disappointing\nBreakfast was cold every morning.'],
      [id, 'outbound', 'We are sorry, Anna. Please write to us on WhatsApp.'],
    ]);
    // Written today: never dated after the moment it was read.
    expect(Date.parse(messages[0]!.sentAt)).toBeLessThanOrEqual(NOW.getTime());
  });

  it('reads with a pack from the API and reports an older selector when only it matches', () => {
    const adapter = createTripadvisorReviewsAdapter({
      ...TRIPADVISOR_REVIEWS_SELECTORS,
      author: ['.no-such-name', 'a[href^="/Profile/"]'],
    });
    const fallbacks: string[] = [];
    const messages = readPage(adapter, NOW, (name) => fallbacks.push(name));
    expect(messages.find((m) => m.platformMessageId === MARKUS)!.senderName).toBe('MarkusW1985');
    expect(fallbacks).toContain('author[1]');
  });

  it('says reviews are open on the page', () => {
    expect(tripadvisorReviewsAdapter.isConversationOpen(document)).toBe(true);
  });
});
