// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createGoogleReviewsAdapter,
  googleReviewsAdapter,
} from '../../../content-scripts/google-reviews/google-reviews-adapter.ts';
import { GOOGLE_REVIEWS_SELECTORS } from '../../../content-scripts/google-reviews/google-reviews-selectors.ts';
import { ratingFromReadOut } from '../../../content-scripts/google-reviews/rating-read-out.ts';
import { parseRelativeDate } from '../../../content-scripts/google-reviews/relative-date.ts';
import { insertIntoComposer } from '../../../content-scripts/composer-insert.ts';
import { loadFixture, pageWindow, type KonukFixture } from '../content-scripts/fixture-page.ts';
import { readPage } from './read-page.ts';

const PAGE = 'https://business.google.com/reviews/l/04812345678901234567?hl=en&authuser=0&utm_source=email';
const NOW = new Date('2026-12-01T09:00:00.000Z');
const MARKUS = 'ChdDSUhNMG9nS0VJQ0FnSURrM3Y2eVF3EAE';
const AYSE = 'ChZDSUhNMG9nS0VJQ0FnSUR5eGFfQ0RBEAE';
const JOHN = 'ChdDSUhNMG9nS0VJQ0FnSUNoOHJiN2hnRRAB';
const DAY = 86_400_000;

describe('Google Business Profile reviews on the 2026-12 page', () => {
  let driver: KonukFixture;
  beforeEach(() => {
    driver = loadFixture('google-reviews/google-business-reviews-2026-12.html', PAGE);
  });

  it('reads each review as a public contact of its own with author, rating, date and link back', () => {
    const messages = readPage(googleReviewsAdapter, NOW);
    const markus = messages.find((m) => m.platformMessageId === MARKUS)!;
    expect(markus).toMatchObject({
      channel: 'google',
      conversationId: MARKUS,
      direction: 'inbound',
      senderName: 'Markus Weber',
      guestName: 'Markus Weber',
      visibility: 'public',
      publicSource: 'google_review',
      rating: { value: 1, outOf: 5 },
      text: 'Das Zimmer war schmutzig und an der Rezeption wurden wir unfreundlich behandelt. Nie wieder!',
      // The page's address without tracking or account parameters.
      conversationUrl: 'https://business.google.com/reviews/l/04812345678901234567',
      publicUrl: 'https://business.google.com/reviews/l/04812345678901234567',
    });
    expect(Date.parse(markus.sentAt)).toBe(NOW.getTime() - 14 * DAY);
    expect(new Set(messages.map((m) => m.conversationId)).size).toBe(3);
  });

  it('reads the owner’s response as the hotel’s public reply in that review’s conversation', () => {
    const messages = readPage(googleReviewsAdapter, NOW).filter((m) => m.conversationId === AYSE);
    expect(messages.map((m) => [m.direction, m.rating?.value, m.text])).toEqual([
      ['inbound', 5, 'Harika bir tatildi, personel çok ilgiliydi. Teşekkürler!'],
      ['outbound', undefined, 'Güzel yorumunuz için çok teşekkür ederiz Ayşe Hanım, tekrar bekleriz!'],
    ]);
    expect(Date.parse(messages[1]!.sentAt)).toBe(NOW.getTime() - 2 * DAY);
  });

  it('keeps hostile review text as inert text', () => {
    const john = readPage(googleReviewsAdapter, NOW).find((m) => m.platformMessageId === JOHN)!;
    expect(john.text).toContain('<img src=x onerror="window.__konukXss=1">');
    expect(john.rating).toEqual({ value: 2, outOf: 5 });
    expect(pageWindow.__konukXss).toBeUndefined();
  });

  it('keeps a review’s key when the printed relative date moves on', () => {
    const today = readPage(googleReviewsAdapter, NOW).map((m) => m.platformMessageId);
    const nextMonth = readPage(googleReviewsAdapter, new Date(NOW.getTime() + 30 * DAY)).map(
      (m) => m.platformMessageId,
    );
    expect(nextMonth).toEqual(today);
  });

  it('captures a new review and the reply the manager posts through the page’s own reply box', () => {
    const id = driver.receive('Klima çalışmıyordu, kimse ilgilenmedi.', { stars: 2, author: 'Deniz K.' });
    driver.openConversation(id);
    const composer = googleReviewsAdapter.findComposer(document)!;
    expect(composer.getAttribute('aria-label')).toBe('Reply publicly');
    expect(insertIntoComposer(composer, 'Üzgünüz Deniz Hanım, lütfen WhatsApp’tan yazın.')).toBe(true);
    (document.querySelector('[data-konuk-send]') as HTMLButtonElement).click();
    const messages = readPage(googleReviewsAdapter, NOW);
    expect(messages.map((m) => [m.conversationId, m.direction, m.text])).toEqual([
      [id, 'inbound', 'Klima çalışmıyordu, kimse ilgilenmedi.'],
      [id, 'outbound', 'Üzgünüz Deniz Hanım, lütfen WhatsApp’tan yazın.'],
    ]);
  });

  it('reads with a pack from the API and reports an older selector when only it matches', () => {
    const adapter = createGoogleReviewsAdapter({
      ...GOOGLE_REVIEWS_SELECTORS,
      author: ['.no-such-name', '.d4r55'],
    });
    const fallbacks: string[] = [];
    const messages = readPage(adapter, NOW, (name) => fallbacks.push(name));
    expect(messages.find((m) => m.platformMessageId === MARKUS)!.senderName).toBe('Markus Weber');
    expect(fallbacks).toContain('author[1]');
  });

  it('says a review list is open on the reviews page', () => {
    expect(googleReviewsAdapter.isConversationOpen(document)).toBe(true);
  });
});

describe('rating read-outs', () => {
  it.each([
    ['1 star', 5, { value: 1, outOf: 5 }],
    ['4 stars', 5, { value: 4, outOf: 5 }],
    ['Rated 4.0 out of 5', 5, { value: 4, outOf: 5 }],
    ['4 von 5 Sternen', 5, { value: 4, outOf: 5 }],
    ['5 üzerinden 2 yıldız', 5, { value: 2, outOf: 5 }],
    ['8,5 / 10', 10, { value: 8.5, outOf: 10 }],
  ] as const)('%s', (readOut, scale, rating) => {
    expect(ratingFromReadOut(readOut, scale)).toEqual(rating);
  });

  it('refuses what is no rating', () => {
    expect(ratingFromReadOut('Reply', 5)).toBeUndefined();
    expect(ratingFromReadOut('7 stars', 5)).toBeUndefined();
    expect(ratingFromReadOut('3 out of 7', 5)).toBeUndefined();
  });
});

describe('relative review dates', () => {
  it.each([
    ['2 weeks ago', 14 * DAY],
    ['a month ago', 30 * DAY],
    ['3 gün önce', 3 * DAY],
    ['bir hafta önce', 7 * DAY],
    ['vor 2 Wochen', 14 * DAY],
    ['Edited 5 days ago', 5 * DAY],
  ])('%s', (printed, back) => {
    expect(parseRelativeDate(printed, NOW)?.getTime()).toBe(NOW.getTime() - back);
  });

  it('is no relative date otherwise', () => {
    expect(parseRelativeDate('Nov 9, 2026', NOW)).toBeNull();
  });
});
