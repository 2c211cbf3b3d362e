// Loads a dated fixture page into the happy-dom document and runs its inline scripts, which
// happy-dom itself does not evaluate, so tests drive it through window.konukFixture like E2E.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReadEnvironment } from '../../../content-scripts/platform-adapter.ts';

export interface KonukFixture {
  receive(text: string, opts?: Record<string, unknown>): string;
  reply(text: string): string;
  openConversation(id: string): void;
  conversationIds(): string[];
}

interface FixtureWindow {
  konukFixture?: KonukFixture;
  __konukXss?: number;
  happyDOM?: { setURL(url: string): void };
}

/** The fixture page's own globals, as the tests read them. */
export const pageWindow = window as unknown as FixtureWindow;

export function loadFixture(path: string, url: string): KonukFixture {
  const html = readFileSync(resolve(process.cwd(), 'tests/fixtures', path), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const scripts = [...parsed.querySelectorAll('script')].map((script) => {
    script.remove();
    return script.textContent ?? '';
  });
  pageWindow.happyDOM?.setURL(url);
  document.title = parsed.title;
  document.documentElement.lang = parsed.documentElement.lang;
  document.head.replaceChildren(
    ...[...parsed.head.childNodes].map((node) => document.importNode(node, true)),
  );
  document.body.replaceChildren(
    ...[...parsed.body.childNodes].map((node) => document.importNode(node, true)),
  );
  new Function(scripts.join('\n'))();
  if (!pageWindow.konukFixture) throw new Error(`${path} did not define window.konukFixture`);
  return pageWindow.konukFixture;
}

export function readEnvironment(now: Date, reportFallback?: (name: string) => void): ReadEnvironment {
  return { document, location: window.location, now, ...(reportFallback ? { reportFallback } : {}) };
}

/** What a local wall-clock time is as an instant, in the test machine's zone like the page's. */
export function localInstant(year: number, month: number, day: number, hour: number, minute: number): number {
  return new Date(year, month - 1, day, hour, minute).getTime();
}
