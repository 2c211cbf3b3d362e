// `npm run demo`: Konuk on a working morning of the demo hotel, without platform accounts. The
// fixture conversations are served at the platforms' real URLs with their dates moved to the
// demo's "now" (scripts/demo-pages.ts), and the rest of the morning is logged through the API
// (scripts/demo-morning.ts), so the badges and the queue show on-track, due-soon and breached
// clocks, an answered ticket and a closed one with its rating.
// With a display it opens a Chromium window; without one (or with --headless) it writes
// screenshots into .konuk-data/demo/ and exits; `--screenshots` writes the README's set into
// docs/screenshots/ (scripts/demo-screenshots.ts).
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, requireChromium } from './chromium-path.ts';
import { seedDemoMorning } from './demo-morning.ts';
import { demoPage } from './demo-pages.ts';
import { takeReadmeScreenshots } from './demo-screenshots.ts';
import { startLocalStack } from './local-stack.ts';
import { FIXTURE_PAGES, type FixturePage } from '../tests/e2e/support/fixture-pages.ts';

const readmeShots = process.argv.includes('--screenshots');
const headless = readmeShots || process.argv.includes('--headless') || !process.env.DISPLAY;
const DEMO_PAGES: FixturePage[] = [FIXTURE_PAGES.whatsapp, FIXTURE_PAGES.gmail];
// The demo starts from an empty hotel every time, so its morning is always this morning.
const DEMO_DATA = resolve('.konuk-data/demo-db');
const PROFILE = resolve('.konuk-data/demo-profile');

async function serveDated(context: BrowserContext, fixture: FixturePage, now: Date): Promise<void> {
  const body = demoPage(fixture.file, now);
  await context.route(fixture.pattern, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body })
      : route.fulfill({ status: 404, body: '' }),
  );
}

async function main(): Promise<void> {
  // The demo's one reading of the clock; everything it shows is dated from it.
  const now = new Date();
  for (const dir of [DEMO_DATA, PROFILE]) rmSync(dir, { recursive: true, force: true });
  process.env.KONUK_DATA_DIR = DEMO_DATA;
  console.log('Starting the Konuk demo (the extension build takes about a minute)…');
  const stack = await startLocalStack();
  await seedDemoMorning(
    { apiUrl: stack.apiUrl, token: stack.token, coordinatorToken: stack.coordinator.token },
    now,
  );
  const context = await chromium.launchPersistentContext(PROFILE, {
    executablePath: requireChromium(),
    headless,
    args: chromiumArgs(stack.extensionDir),
    viewport: { width: 1400, height: 900 },
  });
  for (const page of DEMO_PAGES) await serveDated(context, page, now);
  const pages: Page[] = [];
  for (const fixture of DEMO_PAGES) {
    const page = await context.newPage();
    await page.goto(fixture.url);
    pages.push(page);
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionUrl = `chrome-extension://${new URL(worker.url()).host}`;
  console.log(`Konuk demo: API ${stack.apiUrl}, fixture pages at ${DEMO_PAGES.map((p) => p.url).join(', ')}`);

  if (readmeShots) {
    const out = resolve('docs/screenshots');
    await takeReadmeScreenshots({ context, whatsapp: pages[0]!, extensionUrl, out, stack });
    console.log(`README screenshots written to ${out}`);
  } else if (!headless) {
    console.log(`Coordinator token (paste it in Options to see the dashboard): ${stack.coordinator.token}`);
    console.log('Close the browser window or press Ctrl+C to stop.');
    await new Promise<void>((done) => {
      context.on('close', () => done());
      process.once('SIGINT', () => done());
    });
  } else {
    const out = resolve('.konuk-data/demo');
    mkdirSync(out, { recursive: true });
    await pages[0]!.waitForSelector('[data-konuk-badge][data-logged="synced"]', { timeout: 30_000 });
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`${extensionUrl}/popup.html`);
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
