// Issue 11 in real Chromium with the built extension: Google Business Profile, TripAdvisor,
// Booking.com and HolidayCheck reviews, Instagram post comments and the Business Suite inbox's
// comments, each dated fixture served at the real URL, so the manifest's own match patterns
// decide that Konuk runs. Every review and comment becomes a public ticket with a badge; a low
// rating is urgent reputation risk; the hotel's reply typed into the page's own box is its
// outbound answer; the guest's later private message (an Instagram DM from the commenting
// account, a Booking.com message about the reviewed reservation) joins the same record;
// hostile text stays inert.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { launchExtensionBrowser, removeProfile, type ExtensionBrowser } from './support/extension-browser.ts';
import { startTestApi, type TestApi } from './support/api-server.ts';
import { FIXTURE_PAGES, openFixture, type FixturePage } from './support/fixture-pages.ts';
import { badges, expectAllBadgesSynced, connectExtension, fixtureCall } from './support/konuk-steps.ts';

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
const TRIPADVISOR: FixturePage = {
  url: 'https://www.tripadvisor.com/ManagementCenter/reviews?businessId=301234',
  pattern: 'https://www.tripadvisor.com/**',
  file: 'tests/fixtures/tripadvisor-reviews/tripadvisor-owner-reviews-2026-12.html',
};
const BOOKING_REVIEWS: FixturePage = {
  url:
    'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/reviews.html' +
    '?hotel_id=1234567&lang=en&ses=6f1c2b9e8d7a4c3b2a1f0e9d8c7b6a5f',
  pattern: 'https://admin.booking.com/**',
  file: 'tests/fixtures/booking-reviews/booking-extranet-reviews-2026-12.html',
};
const HOLIDAYCHECK: FixturePage = {
  url: 'https://hotelier.holidaycheck.com/bewertungen?hotelId=4a90b043-68be-35de-9f79-ddc56529b8ce',
  pattern: 'https://hotelier.holidaycheck.com/**',
  file: 'tests/fixtures/holidaycheck-reviews/holidaycheck-hotelier-reviews-2026-12.html',
};
const BUSINESS_SUITE_COMMENTS: FixturePage = {
  url:
    'https://business.facebook.com/latest/inbox/facebook?asset_id=1029384756&mailbox_id=1029384756' +
    '&selected_item_id=1029384756_889900112233&thread_type=FB_COMMENT',
  pattern: 'https://business.facebook.com/**',
  file: 'tests/fixtures/business-suite-comments/business-suite-comments-2026-12.html',
};
const MARK_REVIEW = 'bk-7a1c9e3f';
const MARK_THREAD = 'd4f6b8a0-2c4e-4f6a-9b8d-0e2f4a6c8e01';
const SABINE = '6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
const DENIZ_DM = '17855500011122233';
const MARKUS = 'ChdDSUhNMG9nS0VJQ0FnSURrM3Y2eVF3EAE';
const DENIZ = 'comment:17981234567890123';
const REPLY = 'Es tut uns sehr leid. Bitte schreiben Sie uns per WhatsApp, wir kümmern uns sofort.';

const panel = (page: Page): Locator => page.getByTestId('suggestion-panel');

async function recordNumberOf(conversationId: string): Promise<string> {
  const [row] = await api.db.query<{ record_number: string }>(
    'select record_number from tickets where conversation_id = $1',
    [conversationId],
  );
  return row!.record_number;
}

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

  // deniz.k then writes in Direct: the DM joins the comment's record, by the same account.
  const record = await recordNumberOf(DENIZ);
  const direct = await openFixture(browser.context, FIXTURE_PAGES.instagram);
  await fixtureCall(direct, 'openConversation', DENIZ_DM);
  await expect(badges(direct)).toHaveCount(1);
  await expect(badges(direct).first()).toHaveAttribute('data-record-number', record, { timeout: 30_000 });
  expect(
    await api.count(
      "select count(*) as n from tickets where conversation_id = $1 and started_public and private_join_channel = 'instagram' and private_join_reason = 'same_account'",
      [DENIZ],
    ),
  ).toBe(1);
});

test('TripAdvisor, Booking.com, HolidayCheck and Business Suite comments: public tickets with badges, the reply through the page’s own box, the guest’s Booking.com message joins the review', async () => {
  const tripadvisor = await openFixture(browser.context, TRIPADVISOR);
  await expectAllBadgesSynced(tripadvisor, 3);
  expect(
    await api.count(
      "select count(*) as n from tickets where channel = 'tripadvisor' and public_source = 'tripadvisor_review' and started_public",
    ),
  ).toBe(3);
  expect(
    await api.count(
      "select count(*) as n from tickets where conversation_id = '987654321' and rating_value = 1 and rating_out_of = 5 and priority = 'urgent' and public_author = 'MarkusW1985'",
    ),
  ).toBe(1);

  const reviews = await openFixture(browser.context, BOOKING_REVIEWS);
  await expectAllBadgesSynced(reviews, 3);
  expect(
    await api.count(
      "select count(*) as n from tickets where conversation_id = $1 and rating_value = 3 and rating_out_of = 10 and reservation_number = '3318804721' and escalation ? 'reputation_risk'",
      [MARK_REVIEW],
    ),
  ).toBe(1);
  // Mark Evans writes about the same reservation in the extranet's messages: the same record.
  const record = await recordNumberOf(MARK_REVIEW);
  const messaging = await openFixture(browser.context, FIXTURE_PAGES.booking);
  await fixtureCall(messaging, 'openConversation', MARK_THREAD);
  await fixtureCall(
    messaging,
    'receive',
    'Thank you for answering my review. Could you call me about the refund?',
  );
  await expectAllBadgesSynced(messaging, 2);
  for (const number of await badges(messaging).evaluateAll((hosts) =>
    hosts.map((host) => host.getAttribute('data-record-number')),
  ))
    expect(number).toBe(record);
  expect(
    await api.count(
      "select count(*) as n from tickets where conversation_id = $1 and private_join_channel = 'booking' and private_join_reason = 'reservation'",
      [MARK_REVIEW],
    ),
  ).toBe(1);

  const holidaycheck = await openFixture(browser.context, HOLIDAYCHECK);
  await expectAllBadgesSynced(holidaycheck, 3);
  expect(
    await api.count(
      "select count(*) as n from tickets where conversation_id = $1 and channel = 'holidaycheck' and rating_value = 2 and rating_out_of = 6 and priority = 'urgent'",
      [SABINE],
    ),
  ).toBe(1);
  // The short public reply, in German, goes into the page's own comment box and is posted.
  await fixtureCall(holidaycheck, 'openConversation', SABINE);
  await holidaycheck.locator('[data-konuk-reply] button').first().click();
  const first = panel(holidaycheck).getByTestId('suggestion').first();
  await expect(first).toHaveAttribute('data-template-id', 'de-public-reply');
  await first.click();
  await panel(holidaycheck).getByTestId('suggestion-insert').click();
  const inserted = await holidaycheck.locator('textarea[data-testid="hotelier-comment-input"]').inputValue();
  expect(inserted.length).toBeGreaterThan(0);
  expect(inserted.length).toBeLessThanOrEqual(280);
  await holidaycheck.locator('[data-konuk-send]').click();
  await expect
    .poll(() =>
      api.count(
        "select count(*) as n from messages where direction = 'outbound' and conversation_id = $1 and text = $2",
        [SABINE, inserted],
      ),
    )
    .toBe(1);

  const comments = await openFixture(browser.context, BUSINESS_SUITE_COMMENTS);
  await expectAllBadgesSynced(comments, 3);
  expect(
    await api.count(
      "select count(*) as n from tickets where channel = 'messenger' and public_source = 'facebook_comment' and visibility = 'public'",
    ),
  ).toBe(3);
  for (const page of [tripadvisor, reviews, holidaycheck, comments]) {
    expect(await page.evaluate(() => (window as { __konukXss?: number }).__konukXss)).toBeUndefined();
    expect(await page.locator('img[src=x]').count()).toBe(0);
  }
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
