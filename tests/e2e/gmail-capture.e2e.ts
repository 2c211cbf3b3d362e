import { expect, test } from '@playwright/test';
import { launchExtensionBrowser, removeProfile, type ExtensionBrowser } from './support/extension-browser.ts';
import { startTestApi, type TestApi } from './support/api-server.ts';
import { FIXTURE_PAGES, openFixture } from './support/fixture-pages.ts';
import { badges, connectExtension, expectAllBadgesSynced, fixtureCall } from './support/konuk-steps.ts';

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

test('Gmail: guest e-mails in every thread the agent opens become one ticket per thread', async () => {
  const page = await openFixture(browser.context, FIXTURE_PAGES.gmail);
  await expect(badges(page).first()).toBeVisible();
  await fixtureCall(page, 'receive', 'Sehr geehrte Damen und Herren, wir kommen einen Tag später an.');
  const inFirstThread = await badges(page).count();
  await expectAllBadgesSynced(page, inFirstThread);

  const threads = await fixtureCall<string[]>(page, 'conversationIds');
  expect(threads.length).toBeGreaterThan(1);
  let inboundSeen = inFirstThread;
  for (const thread of threads.slice(1)) {
    await fixtureCall(page, 'openConversation', thread);
    await expect(page.locator(`h2[data-legacy-thread-id="${thread}"]`)).toBeVisible();
    await expect(badges(page).first()).toBeVisible();
    const count = await badges(page).count();
    await expectAllBadgesSynced(page, count);
    inboundSeen += count;
  }

  await expect
    .poll(() => api.count(`select count(*) as n from messages where direction = 'inbound'`))
    .toBe(inboundSeen);
  expect(await api.count('select count(*) as n from tickets')).toBe(threads.length);
  expect(await api.count('select count(distinct record_number) as n from tickets')).toBe(threads.length);
});

test('hostile guest text is stored verbatim and never runs, in the page or in Konuk', async () => {
  const page = await openFixture(browser.context, FIXTURE_PAGES.gmail);
  const threads = await fixtureCall<string[]>(page, 'conversationIds');
  for (const thread of threads) {
    await fixtureCall(page, 'openConversation', thread);
    await expect(badges(page).first()).toHaveAttribute('data-logged', 'synced', { timeout: 30_000 });
  }
  const hostile = `<img src=x onerror="window.__konukXss=1"><script>window.__konukXss=2</script>`;
  await expect
    .poll(() => api.count('select count(*) as n from messages where text like $1', [`%${hostile}%`]))
    .toBeGreaterThan(0);

  const popup = await browser.extensionPage('popup.html');
  await expect(popup.getByTestId('queue-row').first()).toBeVisible();
  for (const context of [page, popup]) {
    expect(await context.evaluate(() => (window as { __konukXss?: number }).__konukXss)).toBeUndefined();
    expect(await context.locator('img[src=x]').count()).toBe(0);
  }
});
