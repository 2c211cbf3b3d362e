// What capture costs as a conversation grows: the time to badge a whole conversation on load,
// and the per-message latency of new messages at 100, 1,000, 2,500 and 5,000 messages. The
// controller looks only at added nodes, so the per-message figure should stay flat.
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  badgeLatencies,
  buildExtension,
  describeMachine,
  initialScanMs,
  launchBenchBrowser,
  percentile,
} from './whatsapp-extension-page.ts';

const SIZES = [100, 1_000, 2_500, 5_000];
const NEW_MESSAGES = 60;
const GAP_MS = 25;

export async function run(): Promise<void> {
  buildExtension();
  const browser = await launchBenchBrowser();
  try {
    const sizes = [];
    for (const size of SIZES) {
      const page = await browser.open(size);
      const loadMs = await initialScanMs(page);
      await badgeLatencies(page, 5, GAP_MS); // warm-up, not counted
      const latencies = await badgeLatencies(page, NEW_MESSAGES, GAP_MS);
      const row = {
        conversationMessages: size,
        inboundBadged: await page.evaluate(() => document.querySelectorAll('[data-konuk-badge]').length),
        initialScanMs: Math.round(loadMs),
        newMessageP50Ms: percentile(latencies, 50),
        newMessageP95Ms: percentile(latencies, 95),
      };
      console.log(
        `${size} messages: badged on load in ${row.initialScanMs} ms; ` +
          `new message p50 ${row.newMessageP50Ms} ms, p95 ${row.newMessageP95Ms} ms`,
      );
      sizes.push(row);
      await page.close();
    }
    const first = sizes[0]!;
    const last = sizes[sizes.length - 1]!;
    const result = {
      bench: 'scan-cost',
      description:
        'initialScanMs: page built -> last badge of the preloaded conversation (includes script injection); ' +
        'newMessage*: insertion -> badge of a new guest message, one at a time',
      sizes,
      perMessageGrowthP50: Math.round((last.newMessageP50Ms / first.newMessageP50Ms) * 100) / 100,
      machine: describeMachine(),
      measuredAt: new Date().toISOString(),
    };
    console.log(
      `per-message p50 at ${last.conversationMessages} vs ${first.conversationMessages}: x${result.perMessageGrowthP50}`,
    );
    mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
    writeFileSync(
      new URL('./results/scan-cost.json', import.meta.url),
      `${JSON.stringify(result, null, 2)}\n`,
    );
  } finally {
    await browser.close();
  }
}
