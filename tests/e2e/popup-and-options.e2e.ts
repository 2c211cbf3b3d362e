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
});

test.afterEach(async () => {
  await browser.close();
  removeProfile(browser.userDataDir);
  await api.close();
});

test('the options page tests the connection and says clearly when the token is wrong', async () => {
  const options = await browser.extensionPage('options.html');
  await options.getByTestId('api-url').fill(api.url);
  await options.getByTestId('token').fill('not-a-real-token');
  await options.getByTestId('test-connection').click();
  await expect(options.getByTestId('connection-result')).toHaveAttribute('data-tone', 'error');
  await expect(options.getByTestId('connection-result')).toContainText(/token/i);

  await options.getByTestId('token').fill(api.token);
  await options.getByTestId('test-connection').click();
  await expect(options.getByTestId('connection-result')).toHaveAttribute('data-tone', 'ok');
  await expect(options.getByTestId('connection-result')).toContainText('Ayşe Frontline');
  await expect(options.getByTestId('connection-result')).toContainText('E2E Resort Side');
});

test('the popup opens on the queue with waiting work, most urgent first, and a click brings back the conversation', async () => {
  await connectExtension(browser, api.url, api.token);
  const whatsapp = await openFixture(browser.context, FIXTURE_PAGES.whatsapp);
  await expect(badges(whatsapp).first()).toBeVisible();
  await expectAllBadgesSynced(whatsapp, await badges(whatsapp).count());
  const gmail = await openFixture(browser.context, FIXTURE_PAGES.gmail);
  const [firstThread, secondThread] = await fixtureCall<string[]>(gmail, 'conversationIds');
  await expectAllBadgesSynced(gmail, await badges(gmail).count());
  await fixtureCall(gmail, 'openConversation', secondThread);
  await expect(gmail.locator(`h2[data-legacy-thread-id="${secondThread}"]`)).toBeVisible();
  await expectAllBadgesSynced(gmail, await badges(gmail).count());

  const popup = await browser.extensionPage('popup.html');
  const rows = popup.getByTestId('queue-row');
  await expect(rows).toHaveCount(3);
  const states = await rows.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-sla-state')));
  const rank = (state: string | null) => (state === 'breached' ? 0 : state === 'due_soon' ? 1 : 2);
  expect(states.map(rank)).toEqual([...states.map(rank)].sort());

  const [first] = await api.db.query<{ record_number: string }>(
    'select record_number from tickets where conversation_id = $1',
    [firstThread],
  );
  await popup.locator(`[data-testid="queue-row"][data-record-number="${first!.record_number}"]`).click();
  // The Gmail tab already open is brought to the first thread rather than a new tab opened.
  await expect(gmail.locator(`h2[data-legacy-thread-id="${firstThread}"]`)).toBeVisible();
  expect(browser.context.pages().filter((p) => p.url().startsWith('https://mail.google.com/'))).toHaveLength(
    1,
  );

  const [dashboard] = await Promise.all([
    browser.context.waitForEvent('page'),
    popup.getByTestId('open-dashboard').click(),
  ]);
  await dashboard.waitForLoadState();
  expect(dashboard.url()).toBe(`chrome-extension://${browser.extensionId}/dashboard.html`);
});

test('pointing Konuk at another server: what the old one confirmed stays with it, what it never got goes to the new one once, and no old ticket is shown', async () => {
  const other = await startTestApi({ hotelName: 'E2E Side Palace' });
  try {
    await connectExtension(browser, api.url, api.token);
    const whatsapp = await openFixture(browser.context, FIXTURE_PAGES.whatsapp);
    await expect(badges(whatsapp).first()).toBeVisible();
    const confirmed = await badges(whatsapp).count();
    await expectAllBadgesSynced(whatsapp, confirmed);
    const onTheOldServer = await api.count('select count(*) as n from messages');

    // The old server goes away; two guest messages wait in the browser.
    await api.down();
    await fixtureCall(whatsapp, 'receive', 'Is the spa open tonight?');
    await fixtureCall(whatsapp, 'receive', 'Can we have a table for two at 20:00?');
    await expect(whatsapp.locator('[data-konuk-badge][data-logged="stored"]')).toHaveCount(2);

    const options = await browser.extensionPage('options.html');
    await options.getByTestId('api-url').fill(other.url);
    await options.getByTestId('token').fill(other.token);
    await options.getByTestId('save').click();
    await expect(options.getByTestId('save-result')).toContainText('E2E Side Palace');
    await expect(options.getByTestId('switch-result')).toHaveText(
      `Switched to E2E Side Palace at ${other.url}: 2 messages not yet sent will go to the new ` +
        'server; 1 ticket of the old server is no longer shown.',
    );

    // Each waiting message reached the new server once, and nothing the old one had.
    await expect.poll(() => other.count('select count(*) as n from messages')).toBe(2);
    expect(await other.count('select count(distinct key) as n from messages')).toBe(2);
    await expect(whatsapp.locator('[data-konuk-badge][data-logged="synced"]')).toHaveCount(confirmed + 2);
    const [ticket] = await other.db.query<{ record_number: string }>('select record_number from tickets');

    // The popup shows the new server's ticket alone: no ghost of the old one, even though both
    // servers gave out the same first record number.
    const popup = await browser.extensionPage('popup.html');
    await expect(popup.getByTestId('queue-row')).toHaveCount(1);
    await expect(popup.getByTestId('queue-row')).toHaveAttribute('data-record-number', ticket!.record_number);

    // The old server, back, gets nothing more from this browser.
    await api.up();
    await popup.reload();
    await expect(popup.getByTestId('queue-row')).toHaveCount(1);
    expect(await api.count('select count(*) as n from messages')).toBe(onTheOldServer);
  } finally {
    await other.close();
  }
});
