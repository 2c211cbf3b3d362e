// Issue 11 in real Chromium with the built extension: a Google Business Profile reviews page and
// an Instagram post's comments, each dated fixture served at the real URL, so the manifest's own
// match patterns decide that Konuk runs. Every review and comment becomes a public ticket with a
// badge; the one-star review is urgent reputation risk; the hotel's reply typed into the page's
// own box is its outbound answer; hostile text stays inert.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { launchExtensionBrowser, removeProfile, type ExtensionBrowser } from './support/extension-browser.ts';
import { startTestApi, type TestApi } from './support/api-server.ts';
import { openFixture, type FixturePage } from './support/fixture-pages.ts';
import { expectAllBadgesSynced, connectExtension, fixtureCall } from './support/konuk-steps.ts';

const GOOGLE_REVIEWS: FixturePage = {
  url: 'https://business.google.com/reviews/l/04812345678901234567',
  pattern: 'https://business.google.com/**',
  file: 'tests/fixtures/google-reviews/google-business-reviews-2026-12.html',
};
const INSTAGRAM_POST: FixturePage = {
  url: 'https://www.instagram.com/p/C9xYz12AbCd/',
  pattern: 'https://www.instagram.com/**',
  file: 'tests/fixtures/instagram-comments/instagram-post-comments-2026-12.html',
};
const MARKUS = 'ChdDSUhNMG9nS0VJQ0FnSURrM3Y2eVF3EAE';
const DENIZ = 'comment:17981234567890123';
const REPLY = 'Es tut uns sehr leid. Bitte schreiben Sie uns per WhatsApp, wir kümmern uns sofort.';

const panel = (page: Page): Locator => page.getByTestId('suggestion-panel');

let api: TestApi;
let browser: ExtensionBrowser;

test.beforeEach(async () => {
  api = await startTestApi();
  browser = await launchExtensionBrowser();
  await connectExtension(browser, api.url, api.token);
});

test.afterEach(async () => {
  await browser.close();
  removeProfile(browser.userDataDir);
  await api.close();
});

test('Google reviews: each review a public ticket, the one-star one urgent reputation risk, the reply logged', async () => {
  const page = await openFixture(browser.context, GOOGLE_REVIEWS);
  await expectAllBadgesSynced(page, 3);
  expect(
    await api.count("select count(*) as n from tickets where channel = 'google' and visibility = 'public'"),
  ).toBe(3);
  expect(
    await api.count(
      "select count(*) as n from tickets where conversation_id = $1 and rating_value = 1 and rating_out_of = 5 and priority = 'urgent' and escalation ? 'reputation_risk' and public_author = 'Markus Weber'",
      [MARKUS],
    ),
  ).toBe(1);

  await fixtureCall(page, 'openConversation', MARKUS);
  await page.locator('textarea[aria-label="Reply publicly"]').fill(REPLY);
  await page.locator('[data-konuk-send]').click();
  await expect
    .poll(() =>
      api.count(
        "select count(*) as n from messages where direction = 'outbound' and conversation_id = $1 and text = $2",
        [MARKUS, REPLY],
      ),
    )
    .toBe(1);
  expect(await page.evaluate(() => (window as { __konukXss?: number }).__konukXss)).toBeUndefined();
  expect(await page.locator('img[src=x]').count()).toBe(0);
});

test('Instagram comments: one public ticket per comment thread, the hotel’s reply in the guest’s thread, hostile text inert', async () => {
  const page = await openFixture(browser.context, INSTAGRAM_POST);
  await expectAllBadgesSynced(page, 3);
  expect(
    await api.count(
      "select count(*) as n from tickets where channel = 'instagram' and visibility = 'public' and public_source = 'instagram_comment'",
    ),
  ).toBe(3);
  // The hotel already answered deniz.k in the thread.
  expect(
    await api.count(
      "select count(*) as n from messages where direction = 'outbound' and conversation_id = $1",
      [DENIZ],
    ),
  ).toBe(1);
  expect(
    await api.count(
      'select count(*) as n from tickets where conversation_id = $1 and first_response_at is not null',
      [DENIZ],
    ),
  ).toBe(1);
  expect(
    await api.count('select count(*) as n from messages where text like $1', ['<img src=x onerror=%']),
  ).toBe(1);
  expect(await page.evaluate(() => (window as { __konukXss?: number }).__konukXss)).toBeUndefined();
  expect(await page.locator('img[src=x]').count()).toBe(0);
});

test('Google review: the panel offers the short public reply first in the reviewer’s language; Insert fills the page’s reply box, which posts it', async () => {
  const page = await openFixture(browser.context, GOOGLE_REVIEWS);
  await expectAllBadgesSynced(page, 3);
  await fixtureCall(page, 'openConversation', MARKUS);
  await page.locator('[data-konuk-reply] button').first().click();
  await expect(panel(page)).toBeVisible();
  const first = panel(page).getByTestId('suggestion').first();
  await expect(first).toHaveAttribute('data-template-id', 'de-public-reply');
  await first.click();
  await panel(page).getByTestId('suggestion-insert').click();
  await expect(panel(page)).toHaveCount(0);

  const box = page.locator('textarea[aria-label="Reply publicly"]');
  const inserted = await box.inputValue();
  expect(inserted.length).toBeGreaterThan(0);
  expect(inserted.length).toBeLessThanOrEqual(280);
  await page.locator('[data-konuk-send]').click();
  await expect(page.locator('.CDe7pd .wiI7pd')).toHaveText(inserted);
  await expect
    .poll(() =>
      api.count(
        "select count(*) as n from messages where direction = 'outbound' and conversation_id = $1 and text = $2",
        [MARKUS, inserted],
      ),
    )
    .toBe(1);
});
