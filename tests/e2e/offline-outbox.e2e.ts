import { expect, test } from '@playwright/test';
import {
  launchExtensionBrowser,
  newProfileDir,
  removeProfile,
  type ExtensionBrowser,
} from './support/extension-browser.ts';
import { startTestApi, type TestApi } from './support/api-server.ts';
import { FIXTURE_PAGES, openFixture } from './support/fixture-pages.ts';
import { badges, connectExtension, expectAllBadgesSynced, fixtureCall } from './support/konuk-steps.ts';
import type { Page } from '@playwright/test';

const NEW_MESSAGES = 50;
let api: TestApi;
let profile: string;
let browser: ExtensionBrowser | null = null;

test.beforeEach(async () => {
  api = await startTestApi({ startDown: true });
  profile = newProfileDir();
});

test.afterEach(async () => {
  await browser?.close();
  removeProfile(profile);
  await api.close();
});

/** With the API down, 50 guest messages arrive; each must be saved locally before anything else. */
async function receiveFiftyWhileOffline(page: Page): Promise<number> {
  await expect(badges(page).first()).toHaveAttribute('data-logged', 'stored', { timeout: 15_000 });
  for (let i = 1; i <= NEW_MESSAGES; i += 1) {
    await fixtureCall(page, 'receive', `Offline test message ${i}: oda ${100 + i} için havlu lütfen`);
  }
  const total = await badges(page).count();
  await expect(page.locator('[data-konuk-badge][data-logged="stored"]')).toHaveCount(total, {
    timeout: 30_000,
  });
  expect(await api.count('select count(*) as n from messages')).toBe(0);
  return total;
}

async function expectEachMessageOnceInApi(inbound: number): Promise<void> {
  await expect
    .poll(() => api.count(`select count(*) as n from messages where direction = 'inbound'`), {
      timeout: 75_000,
    })
    .toBe(inbound);
  expect(await api.count('select count(*) as n from messages')).toBe(
    await api.count('select count(distinct key) as n from messages'),
  );
  expect(await api.count('select count(*) as n from tickets')).toBe(1);
}

test('an API outage and a stopped service worker lose nothing and duplicate nothing', async () => {
  browser = await launchExtensionBrowser(profile);
  await connectExtension(browser, api.url, api.token, { apiDown: true });
  const page = await openFixture(browser.context, FIXTURE_PAGES.whatsapp);
  const inbound = await receiveFiftyWhileOffline(page);

  await browser.stopServiceWorker();
  await api.up();
  // Nobody touches the extension: its alarm wakes the worker, which drains the outbox.
  await expectEachMessageOnceInApi(inbound);
  await expectAllBadgesSynced(page, inbound);
});

test('a browser restart on the same profile, then the API coming back, loses nothing', async () => {
  browser = await launchExtensionBrowser(profile);
  await connectExtension(browser, api.url, api.token, { apiDown: true });
  const page = await openFixture(browser.context, FIXTURE_PAGES.whatsapp);
  const inbound = await receiveFiftyWhileOffline(page);
  await browser.close();

  await api.up();
  browser = await launchExtensionBrowser(profile);
  await expectEachMessageOnceInApi(inbound);
});
