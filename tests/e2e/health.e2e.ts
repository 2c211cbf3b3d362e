// Capture health in real Chromium: a Booking.com page whose markup changed so that Konuk reads
// nothing shows "Konuk cannot read this page", the toolbar badge says so and the API records it;
// a selector pack a coordinator publishes on the API makes the page readable without a rebuild.
import { expect, test, type Page } from '@playwright/test';
import { createAgent, saveToken } from '../../server/repositories/tenant-repository.ts';
import { generateToken } from '../../server/services/api-tokens.ts';
import { launchExtensionBrowser, removeProfile, type ExtensionBrowser } from './support/extension-browser.ts';
import { startTestApi, type TestApi } from './support/api-server.ts';
import { FIXTURE_PAGES } from './support/fixture-pages.ts';
import { badges, connectExtension, expectAllBadgesSynced } from './support/konuk-steps.ts';
import {
  changedBookingPage,
  FIXED_PACK_VERSION,
  fixedBookingSelectors,
} from '../unit/health/changed-booking-page.ts';

let api: TestApi;
let browser: ExtensionBrowser;

test.beforeEach(async () => {
  api = await startTestApi();
  browser = await launchExtensionBrowser();
});

test.afterEach(async () => {
  await browser.close();
  removeProfile(browser.userDataDir);
  await api.close();
});

async function openChangedBookingPage(): Promise<Page> {
  const body = changedBookingPage();
  await browser.context.route(FIXTURE_PAGES.booking.pattern, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body })
      : route.fulfill({ status: 404, body: '' }),
  );
  const page = await browser.context.newPage();
  await page.goto(FIXTURE_PAGES.booking.url);
  return page;
}

/** The toolbar badge as Chrome shows it on the Booking.com tab. */
async function bookingTabBadge(): Promise<string> {
  const worker = browser.context.serviceWorkers()[0]!;
  return worker.evaluate(async () => {
    // The worker's own `chrome` global; this test file is not type-checked against it.
    const { tabs, action } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const [tab] = await tabs.query({ url: 'https://admin.booking.com/*' });
    return action.getBadgeText({ tabId: tab!.id });
  });
}

interface ChromeApi {
  tabs: { query(filter: { url: string }): Promise<{ id: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

async function publishPackAsCoordinator(selectors: unknown, version: string): Promise<void> {
  const coordinator = await createAgent(api.db, {
    hotelId: api.hotelId,
    name: 'Deniz Coordinator',
    role: 'coordinator',
  });
  const token = generateToken();
  await saveToken(api.db, coordinator.id, token, 'e2e coordinator');
  const response = await fetch(`${api.url}/v1/selector-packs/booking`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ version, selectors }),
  });
  expect(response.status).toBe(200);
}

const problems = (ok: boolean) =>
  api.count(`select count(*) as n from capture_health where platform = 'booking' and ok = $1`, [ok]);

test('a page Konuk cannot read says so on the page, on the toolbar and to the coordinators', async () => {
  await connectExtension(browser, api.url, api.token);
  const page = await openChangedBookingPage();

  const banner = page.locator('[data-konuk-health-banner]');
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('alert')).toContainText('Konuk cannot read this page');
  await expect(banner).toHaveAttribute('data-problem', 'no_messages_read');
  await expect(badges(page)).toHaveCount(0);
  await expect.poll(bookingTabBadge).toBe('?');
  await expect.poll(() => problems(false)).toBe(1);
  const [entry] = await api.db.query<{ problem: string; page_url_host: string }>(
    `select problem, page_url_host from capture_health where platform = 'booking'`,
  );
  expect(entry).toEqual({
    problem: 'no_messages_read; selector pack built-in',
    page_url_host: 'admin.booking.com',
  });
});

test('a selector pack published on the API makes the page readable again without a rebuild', async () => {
  await connectExtension(browser, api.url, api.token);
  const page = await openChangedBookingPage();
  const banner = page.locator('[data-konuk-health-banner]');
  await expect(banner).toBeVisible();
  await expect.poll(bookingTabBadge).toBe('?');

  await publishPackAsCoordinator(fixedBookingSelectors(), FIXED_PACK_VERSION);
  // The agent asks from the banner; the background asks the API at most every few seconds.
  await expect(async () => {
    if (await banner.isVisible()) await banner.getByRole('button').click();
    await expect(banner).toHaveCount(0, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });

  await expectAllBadgesSynced(page, 3);
  // The tab shows the global badge again (here: the breached tickets of this old conversation).
  await expect.poll(bookingTabBadge).not.toBe('?');
  await expect.poll(() => problems(true)).toBe(1);
  expect(await api.count(`select count(*) as n from messages where channel = 'booking'`)).toBe(4);

  // A reload reads with the cached pack from the first scan: no banner, nothing logged twice.
  await page.reload();
  await expect(badges(page)).toHaveCount(3);
  await expect(banner).toHaveCount(0);
  expect(await api.count(`select count(*) as n from messages where channel = 'booking'`)).toBe(4);
});
