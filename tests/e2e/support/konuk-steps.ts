// What an agent does with Konuk, as steps the E2E tests share.
import { expect, type Locator, type Page } from '@playwright/test';
import type { ExtensionBrowser } from './extension-browser.ts';

/** Connects the extension to an API through its options page, like an agent setting it up. */
export async function connectExtension(
  browser: ExtensionBrowser,
  apiUrl: string,
  token: string,
): Promise<void> {
  const options = await browser.extensionPage('options.html');
  await options.getByTestId('api-url').fill(apiUrl);
  await options.getByTestId('token').fill(token);
  await options.getByTestId('save').click();
  await expect(options.getByTestId('save-result')).toHaveAttribute('data-tone', 'ok');
  await options.close();
}

export function badges(page: Page): Locator {
  return page.locator('[data-konuk-badge]');
}

/** Every badge on the page carries a record number from the API. */
export async function expectAllBadgesSynced(page: Page, count: number): Promise<void> {
  await expect(badges(page)).toHaveCount(count);
  await expect(page.locator('[data-konuk-badge][data-logged="synced"]')).toHaveCount(count, {
    timeout: 30_000,
  });
  const numbers = await page
    .locator('[data-konuk-badge]')
    .evaluateAll((hosts) => hosts.map((host) => host.getAttribute('data-record-number')));
  for (const number of numbers) expect(number).toMatch(/^K-\d{4,}$/);
}

export async function fixtureCall<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([name, params]) =>
      (window as unknown as { konukFixture: Record<string, (...a: unknown[]) => unknown> }).konukFixture[
        name
      ]!(...params) as T,
    [method, args] as const,
  );
}
