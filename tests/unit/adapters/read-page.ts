// Reads a loaded fixture page the way the capture controller does: every element the adapter's
// message selector matches, each result checked against the shared contract.
import { CapturedMessage } from '../../../shared/message.ts';
import type { ExtractedMessage, PlatformAdapter } from '../../../content-scripts/platform-adapter.ts';
import { pageWindow, readEnvironment } from '../content-scripts/fixture-page.ts';

export function readPage(
  adapter: PlatformAdapter,
  now: Date,
  reportFallback?: (name: string) => void,
): ExtractedMessage[] {
  const env = readEnvironment(now, reportFallback);
  return Array.from(document.querySelectorAll(adapter.messageSelector))
    .map((element) => adapter.readMessage(element, env))
    .filter((message): message is ExtractedMessage => message !== null)
    .map((message) => {
      CapturedMessage.parse({ ...message, capturedAt: now.toISOString() });
      return message;
    });
}

/** Moves the page to another URL of the same app, as in-page navigation does. */
export function setPageUrl(url: string): void {
  pageWindow.happyDOM?.setURL(url);
}
