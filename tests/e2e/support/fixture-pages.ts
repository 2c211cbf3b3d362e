// Serves the dated fixture pages at the platforms' real URLs, so the manifest's real match
// patterns decide where Konuk's content scripts run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

export interface FixturePage {
  /** A URL the agent would open. */
  url: string;
  /** The URL pattern request interception answers with the fixture. */
  pattern: string;
  file: string;
}

export const FIXTURE_PAGES = {
  whatsapp: {
    url: 'https://web.whatsapp.com/',
    pattern: 'https://web.whatsapp.com/**',
    file: 'tests/fixtures/whatsapp/whatsapp-2026-11-bare-ids.html',
  },
  whatsappLegacy: {
    url: 'https://web.whatsapp.com/',
    pattern: 'https://web.whatsapp.com/**',
    file: 'tests/fixtures/whatsapp/whatsapp-2026-03-legacy-ids.html',
  },
  gmail: {
    url: 'https://mail.google.com/mail/u/0/',
    pattern: 'https://mail.google.com/**',
    file: 'tests/fixtures/gmail/gmail-thread-2026-11.html',
  },
  booking: {
    url:
      'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html' +
      '?hotel_id=1234567&lang=en&ses=6f1c2b9e8d7a4c3b2a1f0e9d8c7b6a5f',
    pattern: 'https://admin.booking.com/**',
    file: 'tests/fixtures/booking/booking-extranet-messaging-2026-11.html',
  },
  expedia: {
    url:
      'https://apps.expediapartnercentral.com/lodging/conversations/messageCenter.html' +
      '?htid=12345678&cid=5c1f0a7e-3b2d-4e9a-8f61-0d2c4b6a8e13',
    pattern: 'https://apps.expediapartnercentral.com/**',
    file: 'tests/fixtures/expedia/expedia-partner-central-2026-11.html',
  },
  airbnb: {
    url: 'https://www.airbnb.com/hosting/messages/1987654321',
    pattern: 'https://www.airbnb.com/**',
    file: 'tests/fixtures/airbnb/airbnb-host-inbox-2026-11.html',
  },
  instagram: {
    url: 'https://www.instagram.com/direct/t/17842390211052733/',
    pattern: 'https://www.instagram.com/**',
    file: 'tests/fixtures/instagram/instagram-direct-2026-11.html',
  },
  messenger: {
    url: 'https://www.messenger.com/t/100087654321098/',
    pattern: 'https://www.messenger.com/**',
    file: 'tests/fixtures/messenger/messenger-thread-2026-11.html',
  },
  businessSuite: {
    url:
      'https://business.facebook.com/latest/inbox/all?asset_id=1029384756' +
      '&selected_item_id=100091122334455&mailbox_id=1029384756&thread_type=FB_MESSAGE',
    pattern: 'https://business.facebook.com/**',
    file: 'tests/fixtures/messenger/business-suite-inbox-2026-11.html',
  },
} satisfies Record<string, FixturePage>;

export async function serveFixture(context: BrowserContext, fixture: FixturePage): Promise<void> {
  const body = readFileSync(resolve(fixture.file), 'utf8');
  await context.route(fixture.pattern, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body })
      : route.fulfill({ status: 404, body: '' }),
  );
}

export async function openFixture(context: BrowserContext, fixture: FixturePage): Promise<Page> {
  await serveFixture(context, fixture);
  const page = await context.newPage();
  await page.goto(fixture.url);
  return page;
}
