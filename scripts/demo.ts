// `npm run demo`: Konuk on the fixture conversations, served at the platforms' real URLs,
// against the local API, so anyone can try it in a minute without platform accounts.
// With a display it opens a Chromium window; without one (or with --headless) it takes
// screenshots into .konuk-data/demo/ and exits.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, requireChromium } from './chromium-path.ts';
import { startLocalStack } from './local-stack.ts';
import { FIXTURE_PAGES, serveFixture, type FixturePage } from '../tests/e2e/support/fixture-pages.ts';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const DEMO_PAGES: FixturePage[] = [FIXTURE_PAGES.whatsapp, FIXTURE_PAGES.gmail];

async function main(): Promise<void> {
  const stack = await startLocalStack();
  const profile = resolve('.konuk-data/demo-profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: requireChromium(),
    headless,
    args: chromiumArgs(stack.extensionDir),
    viewport: { width: 1400, height: 900 },
  });
  for (const page of DEMO_PAGES) await serveFixture(context, page);
  const pages = [];
  for (const fixture of DEMO_PAGES) {
    const page = await context.newPage();
    await page.goto(fixture.url);
    pages.push(page);
  }
  console.log(`Konuk demo: API ${stack.apiUrl}, fixture pages at ${DEMO_PAGES.map((p) => p.url).join(', ')}`);

  if (!headless) {
    console.log('Close the browser window or press Ctrl+C to stop.');
    await new Promise<void>((done) => {
      context.on('close', () => done());
      process.once('SIGINT', () => done());
    });
  } else {
    const out = resolve('.konuk-data/demo');
    mkdirSync(out, { recursive: true });
    await pages[0]!.waitForSelector('[data-konuk-badge][data-logged="synced"]', { timeout: 30_000 });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    await popup.waitForSelector('[data-testid="ticket-row"]', { timeout: 30_000 });
    const shots = [
      ['whatsapp.png', pages[0]!],
      ['gmail.png', pages[1]!],
      ['popup.png', popup],
    ] as const;
    for (const [name, page] of shots) await page.screenshot({ path: resolve(out, name) });
    console.log(`No display: screenshots written to ${out}`);
  }
  await context.close().catch(() => undefined);
  await stack.close();
}

main().catch((error: unknown) => {
  console.error(`The demo could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
