// How long after WhatsApp inserts a guest message its Konuk badge appears, in a conversation
// that already holds 1,000 messages. Target: p95 < 50 ms. The badge appears in its "not logged
// yet" state before any background round trip, so this measures the content script alone.
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  badgeLatencies,
  buildExtension,
  describeMachine,
  initialScanMs,
  launchBenchBrowser,
  percentile,
  round,
} from './whatsapp-extension-page.ts';

const CONVERSATION = 1_000;
const NEW_MESSAGES = 200;
const GAP_MS = 25;
const TARGET_P95_MS = 50;

export async function run(): Promise<void> {
  buildExtension();
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.open(CONVERSATION);
    await initialScanMs(page);
    await badgeLatencies(page, 10, GAP_MS); // warm-up, not counted
    const latencies = await badgeLatencies(page, NEW_MESSAGES, GAP_MS);
    const result = {
      bench: 'capture-latency',
      description: 'insertion of a guest message -> its badge host in the page, one message at a time',
      conversationMessages: CONVERSATION,
      measuredMessages: latencies.length,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      maxMs: percentile(latencies, 100),
      meanMs: round(latencies.reduce((sum, value) => sum + value, 0) / latencies.length),
      targetP95Ms: TARGET_P95_MS,
      meetsTarget: percentile(latencies, 95) < TARGET_P95_MS,
      machine: describeMachine(),
      measuredAt: new Date().toISOString(),
    };
    console.log(
      `capture latency at ${CONVERSATION} messages: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, ` +
        `max ${result.maxMs} ms (target p95 < ${TARGET_P95_MS} ms: ${result.meetsTarget ? 'met' : 'MISSED'})`,
    );
    mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
    writeFileSync(
      new URL('./results/capture-latency.json', import.meta.url),
      `${JSON.stringify(result, null, 2)}\n`,
    );
  } finally {
    await browser.close();
  }
}
