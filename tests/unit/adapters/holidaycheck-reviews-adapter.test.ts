// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { holidaycheckReviewsAdapter } from '../../../content-scripts/holidaycheck-reviews/holidaycheck-reviews-adapter.ts';
import { ratingFromText } from '../../../content-scripts/adapter-kit/review-cards.ts';
import { insertIntoComposer } from '../../../content-scripts/composer-insert.ts';
import { loadFixture, localInstant, pageWindow, type KonukFixture } from '../content-scripts/fixture-page.ts';
import { readPage } from './read-page.ts';

const PAGE =
  'https://hotelier.holidaycheck.com/bewertungen?hotelId=4a90b043-68be-35de-9f79-ddc56529b8ce&tab=neu';
const NOW = new Date(localInstant(2026, 12, 1, 9, 0));
const SABINE = '6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
const THOMAS = '0b9c8d7e-6f5a-4b3c-9d2e-1f0a9b8c7d6e';
const PETRA = 'c4d5e6f7-a8b9-4c0d-8e1f-2a3b4c5d6e7f';

describe('HolidayCheck reviews in the hotelier’s pages (German UI), 2026-12 page', () => {
  let driver: KonukFixture;
  beforeEach(() => {
    driver = loadFixture('holidaycheck-reviews/holidaycheck-hotelier-reviews-2026-12.html', PAGE);
  });

  it('reads a review with the first name, suns out of 6, the day written and the month of the stay', () => {
    const sabine = readPage(holidaycheckReviewsAdapter, NOW).find((m) => m.platformMessageId === SABINE)!;
    expect(sabine).toMatchObject({
      channel: 'holidaycheck',
      conversationId: SABINE,
      direction: 'inbound',
      senderName: 'Sabine',
      guestName: 'Sabine',
      visibility: 'public',
      publicSource: 'holidaycheck_review',
      rating: { value: 2, outOf: 6 },
      stayMonth: '2026-10',
      text: 'Enttäuschend\nDas Zimmer roch nach Schimmel und niemand an der Rezeption wollte uns ein anderes geben. Nie wieder!',
      conversationUrl: `https://hotelier.holidaycheck.com/bewertungen?hotelId=4a90b043-68be-35de-9f79-ddc56529b8ce`,
      publicUrl: `https://www.holidaycheck.de/hrd/enttaeuschend/${SABINE}`,
    });
    expect(Date.parse(sabine.sentAt)).toBe(localInstant(2026, 11, 12, 12, 0));
  });

  it('reads the hotelier’s comment as the hotel’s public reply', () => {
    const messages = readPage(holidaycheckReviewsAdapter, NOW).filter((m) => m.conversationId === THOMAS);
    expect(messages.map((m) => [m.direction, m.rating?.value])).toEqual([
      ['inbound', 5.5],
      ['outbound', undefined],
    ]);
    expect(messages[1]!.text).toBe(
      'Lieber Thomas, vielen Dank für Ihre schöne Bewertung. Wir freuen uns auf Ihren nächsten Besuch!',
    );
    expect(Date.parse(messages[1]!.sentAt)).toBe(localInstant(2026, 11, 14, 12, 0));
  });

  it('keeps hostile text inert and gives a review without its own link the page as link back', () => {
    const petra = readPage(holidaycheckReviewsAdapter, NOW).find((m) => m.platformMessageId === PETRA)!;
    expect(petra.text).toContain('<img src=x onerror="window.__konukXss=1">');
    expect(petra.publicUrl).toBe(
      'https://hotelier.holidaycheck.com/bewertungen?hotelId=4a90b043-68be-35de-9f79-ddc56529b8ce',
    );
    expect(pageWindow.__konukXss).toBeUndefined();
  });

  it('posts the comment through the page’s own box and reads it back', () => {
    const id = driver.receive('Zu laut in der Nacht.', { author: 'Jürgen', suns: '1,5' });
    driver.openConversation(id);
    const composer = holidaycheckReviewsAdapter.findComposer(document)!;
    expect(composer.getAttribute('aria-label')).toBe('Kommentar des Hoteliers verfassen');
    expect(insertIntoComposer(composer, 'Es tut uns leid, Jürgen. Wir haben Ihnen geschrieben.')).toBe(true);
    (document.querySelector('[data-konuk-send]') as HTMLButtonElement).click();
    const messages = readPage(holidaycheckReviewsAdapter, NOW);
    expect(messages.map((m) => [m.direction, m.rating?.value, m.text])).toEqual([
      ['inbound', 1.5, 'Zu laut in der Nacht.'],
      ['outbound', undefined, 'Es tut uns leid, Jürgen. Wir haben Ihnen geschrieben.'],
    ]);
  });
});

describe('rating read-outs on a site’s own scale', () => {
  it.each([
    ['1.0 of 5 bubbles', 5, { value: 1, outOf: 5 }],
    ['4,5 von 6 Sonnen', 6, { value: 4.5, outOf: 6 }],
    ['5 üzerinden 4', 5, { value: 4, outOf: 5 }],
    ['Scored 7.5', 10, { value: 7.5, outOf: 10 }],
    ['8,8', 10, { value: 8.8, outOf: 10 }],
  ] as const)('%s', (text, scale, rating) => {
    expect(ratingFromText(text, scale)).toEqual(rating);
  });

  it.each([
    ['4 of 5', 6],
    ['7 von 6 Sonnen', 6],
    ['0', 10],
    ['Reply', 5],
  ] as const)('refuses %s on a scale of %i', (text, scale) => {
    expect(ratingFromText(text, scale)).toBeUndefined();
  });
});
