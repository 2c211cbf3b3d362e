// The WhatsApp fixture served at https://web.whatsapp.com/ to a real headless Chromium with the
// built extension loaded, for the capture benchmarks. The page preloads a conversation of the
// requested size and watches for badge hosts itself (MutationObserver + performance.now), so
// the figures are what the page experiences, not what the content script reports about itself.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const FIXTURE = join(ROOT, 'tests/fixtures/whatsapp/whatsapp-2026-03-legacy-ids.html');
const CHROMIUM = process.env.KONUK_CHROMIUM ?? '/usr/bin/chromium';

/** Guest and staff lines the preloaded conversation cycles through (Turkish, English, German, Russian). */
const LINES = [
  'Merhaba, odamızın kliması çalışmıyor, yardımcı olabilir misiniz?',
  'Hello, could we get a late checkout at 14:00 tomorrow?',
  'Guten Tag, ist der Flughafentransfer für Freitag bestätigt?',
  'Здравствуйте! Можно ли заказать ужин в номер?',
];

const BENCH_DRIVER = `
<script>
(() => {
  const size = Number(new URLSearchParams(location.search).get('messages') ?? '0');
  const lines = ${JSON.stringify(LINES)};
  for (let i = 0; i < size; i += 1) {
    if (i % 4 === 3) konukFixture.reply('Teşekkürler, hemen ilgileniyoruz. #' + i);
    else konukFixture.receive(lines[i % lines.length] + ' #' + i);
  }
  const badgeAt = new Map();
  const waiting = new Map();
  let badges = 0;
  let lastBadgeAt = 0;
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1 || !node.hasAttribute('data-konuk-badge')) continue;
        badges += 1;
        lastBadgeAt = now;
        const owner = node.parentElement && node.parentElement.getAttribute('data-id');
        if (!owner) continue;
        badgeAt.set(owner, now);
        waiting.get(owner)?.(now);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  window.__konukBench = {
    readyAt: performance.now(),
    inbound: document.querySelectorAll('#main [data-id^="false_"]').length,
    progress: () => ({ badges, lastBadgeAt }),
    /** Appends one guest message; resolves with ms from its insertion to its badge host appearing. */
    measure(text) {
      const id = konukFixture.receive(text);
      const insertedAt = performance.now();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no badge within 5 s')), 5000);
        waiting.set(id, (at) => { clearTimeout(timer); waiting.delete(id); resolve(at - insertedAt); });
      });
    },
  };
})();
</script>`;

export interface BenchBrowser {
  open(messages: number): Promise<Page>;
  close(): Promise<void>;
}

export function buildExtension(): void {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe' });
}

export async function launchBenchBrowser(): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'konuk-bench-'));
  const html = readFileSync(FIXTURE, 'utf8').replace('</body>', `${BENCH_DRIVER}\n</body>`);
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
    viewport: { width: 1280, height: 900 },
  });
  await context.route('https://web.whatsapp.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  return {
    async open(messages) {
      const page = await context.newPage();
      await page.goto(`https://web.whatsapp.com/?messages=${messages}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until every inbound message on the page has its badge; ms from the page being built to the last badge. */
export async function initialScanMs(page: Page): Promise<number> {
  await page.waitForFunction(
    () => {
      const bench = (window as unknown as { __konukBench?: BenchPage }).__konukBench;
      return bench !== undefined && bench.progress().badges >= bench.inbound;
    },
    undefined,
    { timeout: 120_000, polling: 50 },
  );
  return page.evaluate(() => {
    const bench = (window as unknown as { __konukBench: BenchPage }).__konukBench;
    return bench.progress().lastBadgeAt - bench.readyAt;
  });
}

/** Adds `count` guest messages one at a time, `gapMs` apart; the insertion-to-badge latency of each. */
export async function badgeLatencies(page: Page, count: number, gapMs: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i += 1) {
    latencies.push(
      await page.evaluate(
        (text) => (window as unknown as { __konukBench: BenchPage }).__konukBench.measure(text),
        `${LINES[i % LINES.length]!} (new ${i})`,
      ),
    );
    await page.waitForTimeout(gapMs);
  }
  return latencies;
}

interface BenchPage {
  readyAt: number;
  inbound: number;
  progress(): { badges: number; lastBadgeAt: number };
  measure(text: string): Promise<number>;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return round(sorted[index] ?? Number.NaN);
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The figures depend on the machine and on what else runs on it (other benches, test suites). */
export function describeMachine(): Record<string, string | number> {
  const version = execFileSync(CHROMIUM, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  return { chromium: version, node: process.version, loadAverage1m: round(loadavg()[0] ?? 0) };
}
