// The size of each platform's content script as built (raw, gzip, brotli; target < 60 kB
// gzipped) and what injecting it costs a page load: a blank page served at the platform's real
// URL in headless Chromium, loaded without extensions, with an empty content script and with
// Konuk, comparing the page's script time (CDP Performance.getMetrics ScriptDuration, which
// counts the content script's isolated world too), main-thread task time and the load event.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import { buildExtension, describeMachine, round } from './whatsapp-extension-page.ts';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const CHROMIUM = process.env.KONUK_CHROMIUM ?? '/usr/bin/chromium';
const TARGET_GZIP_BYTES = 60 * 1024;
const WARM_UP_LOADS = 1;
const MEASURED_LOADS = 8;
/** Time after the load event for a document_idle content script to have run and started watching. */
const SETTLE_MS = 400;
const BLANK = '<!doctype html><html><head><title>Konuk bench</title></head><body></body></html>';

const PLATFORMS = [
  { platform: 'whatsapp', script: 'whatsapp.js', url: 'https://web.whatsapp.com/' },
  { platform: 'gmail', script: 'gmail.js', url: 'https://mail.google.com/mail/u/0/' },
  {
    platform: 'booking',
    script: 'booking.js',
    url: 'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=1234567',
  },
  {
    platform: 'expedia',
    script: 'expedia.js',
    url: 'https://apps.expediapartnercentral.com/lodging/conversations/messageCenter.html?htid=12345678&cid=x',
  },
  { platform: 'airbnb', script: 'airbnb.js', url: 'https://www.airbnb.com/hosting/messages/1987654321' },
  {
    platform: 'instagram',
    script: 'instagram.js',
    url: 'https://www.instagram.com/direct/t/17842390211052733/',
  },
  { platform: 'messenger', script: 'messenger.js', url: 'https://www.messenger.com/t/100087654321098/' },
  {
    platform: 'business-suite',
    script: 'business-suite.js',
    url: 'https://business.facebook.com/latest/inbox/all?asset_id=1029384756&selected_item_id=100091122334455',
  },
] as const;

interface LoadCost {
  scriptMs: number;
  taskMs: number;
  loadEventMs: number;
}

/**
 * An extension whose content script is empty, at the same pages: what any content script costs
 * (the extension's isolated world and bindings), so Konuk's own share can be told apart.
 */
function writeEmptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'konuk-bench-empty-extension-'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty content script',
    version: '1.0',
    content_scripts: [
      {
        matches: PLATFORMS.map(({ url }) => `${new URL(url).origin}/*`),
        js: ['empty.js'],
        run_at: 'document_idle',
      },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'empty.js'), '\n');
  return dir;
}

type Condition = 'none' | 'empty-content-script' | 'konuk';

async function launch(
  condition: Condition,
  extensionDir: string,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'konuk-bench-'));
  const extension =
    condition === 'none'
      ? ['--disable-extensions']
      : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...extension,
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  if (condition === 'konuk' && context.serviceWorkers().length === 0)
    await context.waitForEvent('serviceworker');
  for (const { url } of PLATFORMS) {
    await context.route(`${new URL(url).origin}/**`, (route) =>
      route.request().resourceType() === 'document'
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: BLANK })
        : route.fulfill({ status: 404, body: '' }),
    );
  }
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One page load in a fresh tab: what it cost beyond the tab's own start. */
async function loadOnce(context: BrowserContext, url: string): Promise<LoadCost> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const metrics = async () => {
      const { metrics: list } = await cdp.send('Performance.getMetrics');
      return new Map(list.map((m) => [m.name, m.value]));
    };
    const before = await metrics();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const after = await metrics();
    const delta = (name: string) => ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;
    const loadEventMs = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return navigation ? navigation.loadEventEnd - navigation.startTime : Number.NaN;
    });
    return { scriptMs: delta('ScriptDuration'), taskMs: delta('TaskDuration'), loadEventMs };
  } finally {
    await page.close();
  }
}

async function measure(condition: Condition, extensionDir = EXTENSION_DIR): Promise<Map<string, LoadCost>> {
  const browser = await launch(condition, extensionDir);
  const means = new Map<string, LoadCost>();
  try {
    for (const { platform, url } of PLATFORMS) {
      for (let i = 0; i < WARM_UP_LOADS; i += 1) await loadOnce(browser.context, url);
      const loads: LoadCost[] = [];
      for (let i = 0; i < MEASURED_LOADS; i += 1) loads.push(await loadOnce(browser.context, url));
      const mean = (pick: (cost: LoadCost) => number) =>
        round(loads.reduce((sum, cost) => sum + pick(cost), 0) / loads.length);
      means.set(platform, {
        scriptMs: mean((c) => c.scriptMs),
        taskMs: mean((c) => c.taskMs),
        loadEventMs: mean((c) => c.loadEventMs),
      });
    }
  } finally {
    await browser.close();
  }
  return means;
}

export async function run(): Promise<void> {
  buildExtension();
  const sizes = PLATFORMS.map(({ platform, script }) => {
    const code = readFileSync(join(EXTENSION_DIR, 'content-scripts', script));
    const gzipBytes = gzipSync(code).length;
    return {
      platform,
      file: `content-scripts/${script}`,
      rawBytes: code.length,
      gzipBytes,
      brotliBytes: brotliCompressSync(code).length,
      meetsTarget: gzipBytes < TARGET_GZIP_BYTES,
    };
  });
  const without = await measure('none');
  const emptyExtension = writeEmptyExtension();
  const withEmpty = await measure('empty-content-script', emptyExtension).finally(() =>
    rmSync(emptyExtension, { recursive: true, force: true }),
  );
  const withKonuk = await measure('konuk');

  const platforms = sizes.map((size) => {
    const bare = without.get(size.platform)!;
    const empty = withEmpty.get(size.platform)!;
    const injected = withKonuk.get(size.platform)!;
    return {
      ...size,
      withoutExtension: bare,
      withEmptyContentScript: empty,
      withKonuk: injected,
      addedScriptMs: round(injected.scriptMs - bare.scriptMs),
      addedTaskMs: round(injected.taskMs - bare.taskMs),
      addedLoadEventMs: round(injected.loadEventMs - bare.loadEventMs),
      konukOwnScriptMs: round(injected.scriptMs - empty.scriptMs),
      konukOwnTaskMs: round(injected.taskMs - empty.taskMs),
    };
  });

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`.padStart(10);
  const ms = (value: number) => `${value.toFixed(2)} ms`.padStart(11);
  console.log(
    `${'platform'.padEnd(15)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}` +
      `${'+script'.padStart(11)}${'+tasks'.padStart(11)}${'+load evt'.padStart(11)}` +
      `${'own script'.padStart(12)}${'own tasks'.padStart(12)}`,
  );
  for (const p of platforms) {
    console.log(
      `${p.platform.padEnd(15)}${kb(p.rawBytes)}${kb(p.gzipBytes)}${kb(p.brotliBytes)}` +
        `${ms(p.addedScriptMs)}${ms(p.addedTaskMs)}${ms(p.addedLoadEventMs)}` +
        `${ms(p.konukOwnScriptMs).padStart(12)}${ms(p.konukOwnTaskMs).padStart(12)}`,
    );
  }
  const allMeet = platforms.every((p) => p.meetsTarget);
  console.log(
    '+ = with Konuk minus without extensions; own = with Konuk minus an extension with an empty content script',
  );
  console.log(`target: every content script < 60 kB gzipped: ${allMeet ? 'met' : 'MISSED'}`);

  const result = {
    bench: 'bundle-size',
    description:
      'built content script per platform (raw, gzip level 6, brotli), and the mean cost of loading a blank page ' +
      "at the platform's URL in headless Chromium without extensions, with an extension whose content script is " +
      `empty, and with Konuk, over ${MEASURED_LOADS} loads ` +
      `(after ${WARM_UP_LOADS} warm-up), each in a fresh tab, metrics read ${SETTLE_MS} ms after the load event: ` +
      'ScriptDuration and TaskDuration deltas from CDP Performance.getMetrics, loadEventEnd from navigation timing',
    targetGzipBytes: TARGET_GZIP_BYTES,
    allMeetTarget: allMeet,
    platforms,
    machine: describeMachine(),
    measuredAt: new Date().toISOString(),
  };
  mkdirSync(resolve(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(
    resolve(import.meta.dirname, 'results/bundle-size.json'),
    `${JSON.stringify(result, null, 2)}\n`,
  );
}
