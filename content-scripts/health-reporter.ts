// Tells the background when this page cannot be read as expected (issue 4's capture health):
// each distinct problem once per page, described by names and codes, never by page text.
import { browser } from 'wxt/browser';
import { HealthReport } from '../shared/runtime-messages.ts';

export interface HealthReporter {
  problem(description: string): void;
  fallback(selectorName: string): void;
}

export function createHealthReporter(platform: string): HealthReporter {
  const told = new Set<string>();
  function send(ok: boolean, description: string): void {
    if (told.has(description)) return;
    told.add(description);
    const report = HealthReport.parse({
      type: 'konuk/health',
      platform,
      ok,
      problem: description.slice(0, 500),
    });
    browser.runtime.sendMessage(report).catch(() => undefined);
  }
  return {
    problem: (description) => send(false, description),
    // Still reading, but on an older selector: worth knowing before that one breaks too.
    fallback: (selectorName) => send(true, `fallback selector used: ${selectorName}`),
  };
}
