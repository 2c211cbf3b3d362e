// Notices when Konuk cannot read the page it is on (issue 4's capture health): a conversation is
// visibly open but, after a few seconds, not one of its messages has been read, or a message was
// read without a field it needs (so it was dropped). Either way the page shows a banner and the
// background hears it; when a read message is on the page again, both go away. Never silent.
import { browser } from 'wxt/browser';
import type { PageHealthProblem, PageHealthReport } from '../shared/runtime-messages.ts';
import type { PlatformAdapter } from './platform-adapter.ts';

/** How long an open conversation may show no read message before it counts as unreadable. */
export const UNREADABLE_AFTER_MS = 5_000;
export const CHECK_EVERY_MS = 1_000;

export interface HealthView {
  problem: PageHealthProblem;
  /** The fields that were missing, by name (fields_missing only). */
  fields: string[];
  packVersion: string;
}

export interface CaptureHealthOptions {
  platform: string;
  document: Document;
  /** The adapter in use now: a newer selector pack can replace it while the page is open. */
  adapter(): PlatformAdapter;
  /** Whether the capture controller read this message element (and could log it). */
  isRead(element: Element): boolean;
  packVersion: string;
  show(view: HealthView | null): void;
  report?(report: PageHealthReport): void;
  now?(): number;
  setInterval(callback: () => void, ms: number): void;
}

export interface CaptureHealth {
  /** A message element was read and is being logged. */
  read(element: Element): void;
  /** A message element was read but failed validation on these fields. */
  invalid(element: Element, fields: string[]): void;
  /** Another selector pack is in use; the page is judged afresh. */
  packInUse(version: string): void;
  /** In-page navigation: another conversation may be open now. */
  reset(): void;
  check(): void;
}

export function startCaptureHealth(options: CaptureHealthOptions): CaptureHealth {
  const now = options.now ?? Date.now;
  const report = options.report ?? sendPageHealth;
  const dropped = new Map<Element, string[]>();
  let lastRead: Element | null = null;
  let unreadableSince: number | null = null;
  let packVersion = options.packVersion;
  let verdict: string | null = null;

  function showsReadMessage(adapter: PlatformAdapter): boolean {
    if (lastRead?.isConnected && lastRead.matches(adapter.messageSelector)) return true;
    for (const element of options.document.querySelectorAll(adapter.messageSelector)) {
      if (options.isRead(element)) {
        lastRead = element;
        return true;
      }
    }
    return false;
  }

  /** null: reading works; undefined: nothing to judge yet (keep what is shown). */
  function currentProblem(): PageHealthProblem | null | undefined {
    for (const element of dropped.keys()) if (!element.isConnected) dropped.delete(element);
    if (dropped.size > 0) return 'fields_missing';
    const adapter = options.adapter();
    if (options.document.hidden || !adapter.isConversationOpen(options.document)) {
      unreadableSince = null;
      return undefined;
    }
    if (showsReadMessage(adapter)) {
      unreadableSince = null;
      return null;
    }
    unreadableSince ??= now();
    return now() - unreadableSince >= UNREADABLE_AFTER_MS ? 'no_messages_read' : undefined;
  }

  function check(): void {
    const problem = currentProblem();
    if (problem === undefined) return;
    const fields = problem === 'fields_missing' ? [...new Set([...dropped.values()].flat())].sort() : [];
    const next = JSON.stringify([problem, fields, packVersion]);
    if (next === verdict) return;
    verdict = next;
    options.show(problem ? { problem, fields, packVersion } : null);
    report({
      type: 'konuk/page-health',
      platform: options.platform,
      readable: problem === null,
      ...(problem ? { problem } : {}),
      ...(fields.length > 0 ? { detail: fields.join(', ').slice(0, 300) } : {}),
      packVersion,
    });
  }

  options.setInterval(check, CHECK_EVERY_MS);
  return {
    read(element) {
      lastRead = element;
    },
    invalid(element, fields) {
      dropped.set(element, fields);
      check();
    },
    packInUse(version) {
      packVersion = version;
      lastRead = null;
      unreadableSince = null;
      dropped.clear();
    },
    reset() {
      lastRead = null;
      unreadableSince = null;
    },
    check,
  };
}

function sendPageHealth(report: PageHealthReport): void {
  browser.runtime.sendMessage(report).catch(() => undefined);
}
