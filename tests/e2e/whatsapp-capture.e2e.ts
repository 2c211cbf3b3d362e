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

test('every inbound WhatsApp message gets a badge with its record number, also ones that arrive later', async () => {
  const page = await openFixture(browser.context, FIXTURE_PAGES.whatsapp);
  const inboundOnLoad = await page.locator('#main [role=row]').count();
  expect(inboundOnLoad).toBeGreaterThan(0);

  await expect(badges(page).first()).toBeVisible();
  const initialBadges = await badges(page).count();
  await fixtureCall(page, 'receive', 'Merhaba, havalimanı transferi için bebek koltuğu var mı?');
  await fixtureCall(page, 'receive', 'Also: can we check in early, around 10?');
  await expectAllBadgesSynced(page, initialBadges + 2);

  const conversations = await api.count(`select count(distinct conversation_id) as n from tickets`);
  const tickets = await api.count(`select count(*) as n from tickets`);
  expect(tickets).toBe(conversations);
  expect(tickets).toBe(1);
  const rows = await api.count(`select count(*) as n from messages`);
  const keys = await api.count(`select count(distinct key) as n from messages`);
  expect(rows).toBe(keys);
  expect(await api.count(`select count(*) as n from messages where direction = 'inbound'`)).toBe(
    initialBadges + 2,
  );
});

test('an outbound reply stops the first-response clock on the badge and in the API', async () => {
  const page = await openFixture(browser.context, FIXTURE_PAGES.whatsapp);
  await fixtureCall(page, 'receive', 'Odada klima çalışmıyor, lütfen yardım!');
  await expect(page.locator('[data-konuk-badge][data-logged="synced"]').last()).toBeVisible({
    timeout: 30_000,
  });

  await fixtureCall(page, 'reply', 'Hemen teknik servisi yönlendiriyoruz, kayıt numaranız geliyor.');
  await expect(page.locator('[data-konuk-badge][data-sla-state="met"]').first()).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator('[data-konuk-badge]:not([data-sla-state="met"])')).toHaveCount(0);
  expect(await api.count(`select count(*) as n from tickets where first_response_at is not null`)).toBe(1);

  // The guest answers within the same minute: a next-response clock starts, it is not "answered".
  await fixtureCall(page, 'receive', 'Teşekkürler, ne zaman gelirler?');
  await expect(page.locator('[data-konuk-badge][data-sla-state="on_track"]')).toHaveCount(
    await badges(page).count(),
    { timeout: 30_000 },
  );
  const [ticket] = await api.db.query<{ sla: { kind: string } }>('select sla from tickets');
  expect(ticket!.sla.kind).toBe('next_response');
});

test('switching chats in the single-page app captures each chat into its own ticket (legacy ids too)', async () => {
  const page = await openFixture(browser.context, FIXTURE_PAGES.whatsappLegacy);
  const chats = await fixtureCall<string[]>(page, 'conversationIds');
  expect(chats.length).toBeGreaterThan(1);
  let inbound = 0;
  for (const [index, chat] of chats.entries()) {
    if (index > 0) await fixtureCall(page, 'openConversation', chat);
    await expect(badges(page).first()).toBeVisible();
    const count = await badges(page).count();
    await expectAllBadgesSynced(page, count);
    inbound += count;
  }
  // Back to the first chat: its badges come back without new rows in the API.
  await fixtureCall(page, 'openConversation', chats[0]);
  await expectAllBadgesSynced(page, await badges(page).count());
  expect(await api.count(`select count(*) as n from messages where direction = 'inbound'`)).toBe(inbound);
  expect(await api.count('select count(*) as n from tickets')).toBe(chats.length);
});
