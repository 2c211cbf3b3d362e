// The README's pictures, taken from the running demo so they always show what Konuk looks like
// now: a badge on a WhatsApp conversation, the suggestion panel, the popup queue, the side panel
// and (as the demo coordinator) the dashboard. `npm run screenshots` writes docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { LocalStack } from './local-stack.ts';

interface Shots {
  context: BrowserContext;
  whatsapp: Page;
  extensionUrl: string;
  out: string;
  stack: LocalStack;
}

async function extensionPage(shots: Shots, path: string, width: number, height: number): Promise<Page> {
  const page = await shots.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`${shots.extensionUrl}/${path}`);
  return page;
}

export async function takeReadmeScreenshots(shots: Shots): Promise<void> {
  const { whatsapp, out } = shots;
  mkdirSync(out, { recursive: true });
  const shot = (page: Page, name: string) => page.screenshot({ path: resolve(out, name) });

  await whatsapp.bringToFront();
  await whatsapp.waitForSelector('[data-konuk-badge][data-logged="synced"]', { timeout: 60_000 });
  await shot(whatsapp, 'whatsapp-badge.png');

  await whatsapp.locator('#main [data-konuk-reply] button').first().click();
  await whatsapp.getByTestId('suggestion-panel').waitFor();
  await whatsapp.getByTestId('suggestion').first().waitFor();
  await shot(whatsapp, 'suggestion-panel.png');
  await whatsapp.keyboard.press('Escape');

  const popup = await extensionPage(shots, 'popup.html', 420, 620);
  // Nobody has claimed the morning's tickets yet: the unassigned queue holds them all.
  await popup.getByTestId('queue-tab-unassigned').click();
  const rows = popup.getByTestId('queue-row');
  await popup
    .waitForFunction(() => document.querySelectorAll('[data-testid="queue-row"]').length >= 4, null, {
      timeout: 60_000,
    })
    .catch(async () => {
      await shot(popup, 'popup-queue.png');
      throw new Error(`the popup showed ${await rows.count()} tickets, not the morning's 4 or more`);
    });
  await shot(popup, 'popup-queue.png');

  const panel = await extensionPage(shots, 'sidepanel.html', 420, 900);
  await panel.locator('main').first().waitFor();
  await panel.waitForTimeout(1500);
  await shot(panel, 'side-panel.png');

  // The dashboard is the coordinator's: the demo switches the extension to that token first.
  const options = await extensionPage(shots, 'options.html', 900, 700);
  await options.getByTestId('token').fill(shots.stack.coordinator.token);
  await options.getByTestId('save').click();
  await options.locator('[data-testid="save-result"][data-tone="ok"]').waitFor({ timeout: 30_000 });
  const dashboard = await extensionPage(shots, 'dashboard.html', 1200, 1100);
  await dashboard.getByTestId('figure-tickets').waitFor({ timeout: 30_000 });
  await dashboard.waitForTimeout(500);
  await shot(dashboard, 'dashboard.png');
}
