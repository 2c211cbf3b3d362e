// Accessibility as axe-core sees it, kept at zero violations: every extension page (options,
// popup, side panel, dashboard) and Konuk's own UI on a platform page (badges, reply buttons and
// the suggestion panel open), in real Chromium with the built extension.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import type { AxeResults, ElementContext, Result } from 'axe-core';
import { launchExtensionBrowser, removeProfile, type ExtensionBrowser } from './support/extension-browser.ts';
import { startTestApi, type TestApi } from './support/api-server.ts';
import { FIXTURE_PAGES, openFixture } from './support/fixture-pages.ts';
import { badges, connectExtension, expectAllBadgesSynced } from './support/konuk-steps.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

/**
 * axe-core's findings, run inside the page (evaluated through the debugger, so the extension
 * pages' CSP does not apply); `context` narrows it to some elements, the whole page otherwise.
 */
async function axe(page: Page, context?: ElementContext): Promise<Result[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (within) =>
      (window as unknown as { axe: { run(c: unknown): Promise<AxeResults> } }).axe.run(within ?? document),
    (context ?? null) as never,
  );
  return results.violations;
}

/** Violations as lines a person can act on: the rule, why, and where. */
function described(violations: Result[]): string[] {
  return violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
}

async function extensionPage(path: string, ready: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  await page.locator(ready).first().waitFor();
  return page;
}

test('extension pages have a language and no axe violations', async () => {
  const pages: [string, string][] = [
    ['options.html', '[data-testid="templates"]'],
    ['popup.html', 'main.konuk-popup'],
    ['sidepanel.html', 'main'],
    ['dashboard.html', 'main'],
  ];
  for (const [path, ready] of pages) {
    const page = await extensionPage(path, ready);
    expect(await page.evaluate(() => document.documentElement.lang), path).toBe('en');
    expect(described(await axe(page)), path).toEqual([]);
    await page.close();
  }
});

test('Konuk’s UI on WhatsApp Web, suggestion panel open, has no axe violations', async () => {
  const page = await openFixture(browser.context, FIXTURE_PAGES.whatsapp);
  await expectAllBadgesSynced(page, await badges(page).count());
  await page.locator('[data-id="3EB0B3A9D1C2E4F5A6B78C9D"] [data-konuk-reply] button').click();
  await expect(page.getByTestId('suggestion-panel')).toBeVisible();
  await expect(page.getByTestId('suggestion').first()).toBeVisible();

  // The platform's own markup is not ours to fix: axe looks at what Konuk adds to the page.
  const konuk: ElementContext = {
    include: [['[data-konuk-suggestions]'], ['[data-konuk-badge]'], ['[data-konuk-reply]']],
  };
  expect(described(await axe(page, konuk))).toEqual([]);
});
