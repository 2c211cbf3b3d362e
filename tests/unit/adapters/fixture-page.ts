// Loads a dated fixture page into the test's happy-dom window at the platform's own URL, and
// runs its inline driver script on request (happy-dom evaluates no page scripts by itself).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CapturedMessage } from '../../../shared/message.ts';
import type {
  ExtractedMessage,
  PlatformAdapter,
  ReadEnvironment,
} from '../../../content-scripts/platform-adapter.ts';

export interface KonukFixture {
  receive(text: string, opts?: Record<string, unknown>): void;
  reply(text: string): void;
  openConversation(id: string): void;
  conversationIds(): string[];
}

declare global {
  interface Window {
    konukFixture?: KonukFixture;
    __konukXss?: number;
  }
}

/** `fixture` is relative to tests/fixtures/. */
export function loadFixturePage(fixture: string, url: string): void {
  const html = readFileSync(
    resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures', fixture),
    'utf8',
  );
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  delete window.konukFixture;
  delete window.__konukXss;
  document.open();
  document.write(html);
  document.close();
}

/** Runs the page's inline scripts, as a browser would have, and returns its driver. */
export function startFixtureDriver(): KonukFixture {
  for (const script of Array.from(
    document.querySelectorAll('script:not([type]), script[type="text/javascript"]'),
  )) {
    new Function(script.textContent ?? '')();
  }
  if (!window.konukFixture) throw new Error('the fixture page defines no window.konukFixture');
  return window.konukFixture;
}

export function pageEnv(now: Date): ReadEnvironment {
  return { document, location: window.location, now };
}

/** Every message the adapter reads on the page, each checked against the shared contract. */
export function readPage(adapter: PlatformAdapter, now: Date): ExtractedMessage[] {
  const env = pageEnv(now);
  return Array.from(document.querySelectorAll(adapter.messageSelector))
    .map((element) => adapter.readMessage(element, env))
    .filter((message): message is ExtractedMessage => message !== null)
    .map((message) => {
      CapturedMessage.parse({ ...message, capturedAt: now.toISOString() });
      return message;
    });
}
