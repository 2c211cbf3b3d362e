// What an agent does with Konuk, as steps the E2E tests share.
import { expect, type Locator, type Page } from '@playwright/test';
import type { ExtensionBrowser } from './extension-browser.ts';

/**
 * Connects the extension to an API through its options page, like an agent setting it up. With
 * the API down, Save still keeps the settings and says it could not check them.
 */
export async function connectExtension(
  browser: ExtensionBrowser,
  apiUrl: string,
  token: string,
  { apiDown = false }: { apiDown?: boolean } = {},
): Promise<void> {
  const options = await browser.extensionPage('options.html');
  await options.getByTestId('api-url').fill(apiUrl);
  await options.getByTestId('token').fill(token);
  await options.getByTestId('save').click();
  const result = options.getByTestId('save-result');
  if (apiDown) {
    await expect(result).toHaveAttribute('data-tone', 'error');
    await expect(result).toContainText('Saved, but not checked');
  } else {
    await expect(result).toHaveAttribute('data-tone', 'ok');
  }
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
