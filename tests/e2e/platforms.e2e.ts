// Booking.com, Expedia, Airbnb, Instagram, Messenger and Meta Business Suite in real Chromium with
// the built extension: each dated fixture is served at the platform's real URL, so the manifest's
// own match patterns decide that Konuk runs, and a real API on PGlite receives what it captures.
import { expect, test, type Page } from '@playwright/test';
import { launchExtensionBrowser, removeProfile, type ExtensionBrowser } from './support/extension-browser.ts';
import { startTestApi, type TestApi } from './support/api-server.ts';
import { FIXTURE_PAGES, openFixture, type FixturePage } from './support/fixture-pages.ts';
import { badges, connectExtension, expectAllBadgesSynced, fixtureCall } from './support/konuk-steps.ts';

const HOSTILE = '<img src=x onerror="window.__konukXss=1"><script>window.__konukXss=2</script>';
const LATER = 'One more question: is breakfast served before 7 on our departure day?';
const REPLY = 'Yes, breakfast starts at 6:30 on request. See you soon!';

interface Conversation {
  id: string;
  /** Guest and staff messages the fixture shows in it (counted from its markup). */
  inbound: number;
  outbound: number;
}

interface PlatformCase {
  name: string;
  fixture: FixturePage;
  /** The conversation open on load. */
  open: Conversation;
  /** A second conversation the agent opens in the same tab. */
  other: Conversation;
  /** The page's own reply box and Send control. */
  composer: string;
  send: string;
  /** What the platform adds once the second conversation is open. */
  afterOther?: (page: Page, api: TestApi) => Promise<void>;
}

const PLATFORMS: PlatformCase[] = [
  {
    name: 'Booking.com extranet',
    fixture: FIXTURE_PAGES.booking,
    // Three GUEST messages and one PROPERTY reply; the Booking.com notice is not a message.
    open: { id: 'b7d1c1e2-5f4a-4d8e-9a61-2f0c3e7d9a10', inbound: 3, outbound: 1 },
    // A guest thank-you the property marked "No reply needed".
    other: { id: 'd4f6b8a0-2c4e-4f6a-9b8d-0e2f4a6c8e01', inbound: 1, outbound: 1 },
    composer: '[data-test-id="messaging-main-input"]',
    send: '[data-test-id="send-message"]',
    async afterOther(page, api) {
      // "No reply needed" answers the guest: the badge and the API say so without a written reply.
      await expect(page.locator('[data-konuk-badge][data-sla-state="met"]')).toHaveCount(1, {
        timeout: 30_000,
      });
      expect(
        await api.count(
          'select count(*) as n from tickets where conversation_id = $1 and first_response_at is not null',
          ['d4f6b8a0-2c4e-4f6a-9b8d-0e2f4a6c8e01'],
        ),
      ).toBe(1);
    },
  },
  {
    name: 'Expedia Partner Central',
    fixture: FIXTURE_PAGES.expedia,
    // Four TRAVELER messages (one attachment-only) and one PARTNER reply; the reminder is not one.
    open: { id: '5c1f0a7e-3b2d-4e9a-8f61-0d2c4b6a8e13', inbound: 4, outbound: 1 },
    other: { id: '7e3d9b1a-6c4f-4a2e-b8d0-9f1e3c5a7b24', inbound: 1, outbound: 0 },
    composer: '[data-stid="message-composer"]',
    send: '[data-stid="send-message-button"]',
  },
  {
    name: 'Airbnb host inbox',
    fixture: FIXTURE_PAGES.airbnb,
    // Stuart three times, the host and the co-host once each; "Airbnb service says" is not a message.
    open: { id: '1987654321', inbound: 3, outbound: 2 },
    other: { id: '1987650000', inbound: 1, outbound: 0 },
    composer: '#message_input',
    send: '[data-testid="messaging-composebar-send-btn"]',
  },
  {
    name: 'Instagram Direct',
    fixture: FIXTURE_PAGES.instagram,
    open: { id: '17842390211052733', inbound: 4, outbound: 2 },
    other: { id: '17851174590123456', inbound: 1, outbound: 0 },
    composer: '[role="textbox"][aria-label="Message"]',
    send: '[data-konuk-send]',
  },
  {
    name: 'Messenger',
    fixture: FIXTURE_PAGES.messenger,
    // Includes two identical "Danke!" a second apart: two messages, two rows.
    open: { id: '100087654321098', inbound: 5, outbound: 2 },
    other: { id: '100091234567890', inbound: 1, outbound: 0 },
    composer: '[role="textbox"][aria-label="Message"]',
    send: '[data-konuk-send]',
  },
  {
    name: 'Meta Business Suite',
    fixture: FIXTURE_PAGES.businessSuite,
    open: { id: '100091122334455', inbound: 3, outbound: 1 },
    // An Instagram DM in the same inbox.
    other: { id: '17841400112233445', inbound: 1, outbound: 0 },
    composer: '[role="textbox"][contenteditable="true"]',
    send: '[data-konuk-send]',
    async afterOther(page, api) {
      expect(
        await api.count('select count(*) as n from tickets where conversation_id = $1 and channel = $2', [
          '17841400112233445',
          'instagram',
        ]),
      ).toBe(1);
      // A public comment is not a direct message: nothing is badged or logged from it.
      const before = await api.count('select count(*) as n from messages');
      await fixtureCall(page, 'openConversation', '100093344556677');
      await expect(page.locator('[role="grid"]')).toContainText('Is the pool heated in winter?');
      await expect(badges(page)).toHaveCount(0);
      expect(await api.count('select count(*) as n from messages')).toBe(before);
    },
  },
];

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

const countMessages = (direction: 'inbound' | 'outbound', conversationId: string) =>
  api.count('select count(*) as n from messages where direction = $1 and conversation_id = $2', [
    direction,
    conversationId,
  ]);

for (const platform of PLATFORMS) {
  test(`${platform.name}: every guest message is badged and logged once, a reply as outbound, hostile text inert`, async () => {
    const { open, other } = platform;
    const page = await openFixture(browser.context, platform.fixture);
    await expectAllBadgesSynced(page, open.inbound);

    await fixtureCall(page, 'receive', LATER);
    await expectAllBadgesSynced(page, open.inbound + 1);

    await page.locator(platform.composer).fill(REPLY);
    await page.locator(platform.send).click();
    await expect
      .poll(() =>
        api.count('select count(*) as n from messages where direction = $1 and text = $2', [
          'outbound',
          REPLY,
        ]),
      )
      .toBe(1);
    await expect(page.locator('[data-konuk-badge]:not([data-sla-state="met"])')).toHaveCount(0, {
      timeout: 30_000,
    });

    expect(await countMessages('inbound', open.id)).toBe(open.inbound + 1);
    expect(await countMessages('outbound', open.id)).toBe(open.outbound + 1);
    expect(await api.count('select count(*) as n from tickets')).toBe(1);
    expect(await api.count('select count(*) as n from messages where text = $1', [HOSTILE])).toBe(1);
    expect(await page.evaluate(() => (window as { __konukXss?: number }).__konukXss)).toBeUndefined();
    expect(await page.locator('img[src=x]').count()).toBe(0);

    await fixtureCall(page, 'openConversation', other.id);
    await expectAllBadgesSynced(page, other.inbound);
    await expect.poll(() => countMessages('inbound', other.id)).toBe(other.inbound);
    expect(await countMessages('outbound', other.id)).toBe(other.outbound);
    await platform.afterOther?.(page, api);

    // One ticket with its own record number per conversation, one row per message.
    expect(await api.count('select count(*) as n from tickets')).toBe(2);
    expect(await api.count('select count(distinct conversation_id) as n from tickets')).toBe(2);
    expect(await api.count('select count(distinct record_number) as n from tickets')).toBe(2);
    expect(
      await api.count(
        'select count(*) as n from (select conversation_id from messages group by conversation_id having count(distinct ticket_id) <> 1) as split',
      ),
    ).toBe(0);
    expect(await api.count('select count(*) as n from messages')).toBe(
      open.inbound + open.outbound + 2 + other.inbound + other.outbound,
    );
    expect(await api.count('select count(distinct key) as n from messages')).toBe(
      await api.count('select count(*) as n from messages'),
    );
    expect(await page.evaluate(() => (window as { __konukXss?: number }).__konukXss)).toBeUndefined();
  });
}
