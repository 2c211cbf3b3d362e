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
