// Konuk in Firefox for real: the .output/firefox-mv3 build installed into Firefox ESR (driven by
// puppeteer-core over WebDriver BiDi, since Playwright's Firefox cannot load extensions), then
// what a new agent does first: options and connection, the popup, a WhatsApp conversation
// captured with record numbers.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startTestApi, type TestApi } from './support/api-server.ts';
import { FIXTURE_PAGES } from './support/fixture-pages.ts';

const FIREFOX = process.env.KONUK_FIREFOX ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = resolve('.output/firefox-mv3');
// A fixed internal UUID, so the test knows the extension pages' moz-extension:// address.
const EXTENSION_UUID = '5b0b7c2e-3f4a-4d8e-9a61-0c2d4e6f8a10';
const BASE = `moz-extension://${EXTENSION_UUID}`;

let api: TestApi;
let browser: Browser;
let profile: string;

test.beforeAll(() => {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `No Firefox at ${FIREFOX}. Install it with:  sudo apt-get install firefox-esr` +
        '   (or set KONUK_FIREFOX to a Firefox binary).',
    );
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('No Firefox build: run `npx wxt build -b firefox` first (npm run test:e2e does).');
  }
});

test.beforeEach(async () => {
  api = await startTestApi();
  profile = mkdtempSync(join(tmpdir(), 'konuk-firefox-'));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
    userDataDir: profile,
    // Firefox 153+ lets WebDriver navigate to moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ 'konuk@konuk.app': EXTENSION_UUID }),
      // The platform pages are answered by the test; nothing may reach the real network.
      'network.proxy.type': 0,
    },
  });
  await browser.installExtension(EXTENSION_DIR);
});

test.afterEach(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
  await api.close();
});

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>): Promise<T> {
  const until = Date.now() + 30_000;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

async function textOf(page: Page, selector: string): Promise<string | null> {
  return page.$eval(selector, (element) => element.textContent).catch(() => null);
}

/**
 * Opens an extension page. The navigation switches the tab to the extension's process, which
 * puppeteer's goto never sees finish, so the page is awaited by asking it where it is.
 */
async function openExtensionPage(path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${BASE}/${path}`;
  page.goto(url).catch(() => undefined);
  await waitFor(`${path} to load`, () =>
    page.evaluate((wanted) => location.href === wanted && document.readyState === 'complete', url),
  );
  return page;
}

/** Answers the platform's URL with the fixture page, as if the agent had WhatsApp Web open. */
async function serveFixture(page: Page, fixture: { pattern: string; file: string }): Promise<void> {
  const body = readFileSync(resolve(fixture.file), 'utf8');
  const prefix = fixture.pattern.replace(/\*+$/, '');
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (!request.url().startsWith(prefix)) return void request.continue();
    // (BiDi has no resource types: the navigation is the page, anything else is not there.)
    if (!request.isNavigationRequest()) return void request.respond({ status: 404, body: '' });
    return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}

test('Firefox ESR: connect in the options page, see the queue in the popup, capture WhatsApp', async () => {
  const options = await openExtensionPage('options.html');
  await options.waitForSelector('[data-testid="api-url"]:not([disabled])');
  expect(await options.$eval('html', (html) => html.lang)).toBe('en');
  await options.$eval('[data-testid="api-url"]', (input) => ((input as HTMLInputElement).value = ''));
  await options.type('[data-testid="api-url"]', api.url);
  await options.type('[data-testid="token"]', 'konuk_typo');
  await options.click('[data-testid="save"]');
  const refused = await waitFor('the refused token', async () => {
    const tone = await options.$eval('[data-testid="save-result"]', (p) => p.getAttribute('data-tone'));
    return tone === 'error' && (await textOf(options, '[data-testid="save-result"]'));
  });
  expect(refused).toContain('refused this token');

  await options.$eval('[data-testid="token"]', (input) => ((input as HTMLInputElement).value = ''));
  await options.type('[data-testid="token"]', api.token);
  await options.click('[data-testid="save"]');
  const saved = await waitFor('the saved connection', async () => {
    const tone = await options.$eval('[data-testid="save-result"]', (p) => p.getAttribute('data-tone'));
    return tone === 'ok' && (await textOf(options, '[data-testid="save-result"]'));
  });
  expect(saved).toContain('Ayşe Frontline');
  // The hotel's templates and the agent's own, editable, without reloading the page.
  await options.waitForSelector('[data-testid="my-template-add"]', { timeout: 30_000 });

  const whatsapp = await browser.newPage();
  await serveFixture(whatsapp, FIXTURE_PAGES.whatsapp);
  await whatsapp.goto(FIXTURE_PAGES.whatsapp.url);
  const rows = await whatsapp.$$eval('#main [data-id]', (found) => found.length);
  expect(rows).toBeGreaterThan(0);
  const numbers = await waitFor('record numbers on the WhatsApp badges', async () => {
    const badges = await whatsapp.$$eval('[data-konuk-badge]', (hosts) =>
      hosts.map((host) => [host.getAttribute('data-logged'), host.getAttribute('data-record-number')]),
    );
    return badges.length > 0 && badges.every(([logged]) => logged === 'synced') && badges;
  });
  for (const [, number] of numbers) expect(number).toMatch(/^K-\d{4,}$/);
  expect(await api.count(`select count(*) as n from tickets where channel = 'whatsapp'`)).toBe(1);

  const popup = await openExtensionPage('popup.html');
  // Nobody has claimed the new ticket: it is in the unassigned queue.
  await popup.waitForSelector('[data-testid="queue-tab-unassigned"]', { timeout: 30_000 });
  await popup.click('[data-testid="queue-tab-unassigned"]');
  const recordNumber = numbers[0]![1]!;
  await waitFor('the ticket in the popup', () =>
    popup.$$eval(
      '[data-testid="queue-row"]',
      (rows, wanted) => rows.some((row) => row.textContent?.includes(wanted)),
      recordNumber,
    ),
  );
});
