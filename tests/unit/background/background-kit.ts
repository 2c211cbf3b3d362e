// What the background tests share: captured messages, senders, a Web Locks stand-in, and a
// background worker started over fake-indexeddb with the fake API as its network.
import 'fake-indexeddb/auto';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CapturedMessage } from '../../../shared/message.ts';
import { openKonukDb, type KonukDb } from '../../../background/db.ts';
import { saveSettings } from '../../../background/settings.ts';
import { runBackground, type RunningBackground } from '../../../background/start-background.ts';
import { API_URL, FakeApi, TOKEN } from './fake-api.ts';

let counter = 0;

export function guestMessage(over: Partial<CapturedMessage> = {}): CapturedMessage {
  counter += 1;
  return {
    channel: 'whatsapp',
    conversationId: 'chat-905551112233',
    platformMessageId: `wamid-${counter}`,
    direction: 'inbound',
    senderName: 'Hans Müller',
    sentAt: new Date(Date.now() - 60_000).toISOString(),
    capturedAt: new Date().toISOString(),
    text: 'Can we get a late checkout on Friday?',
    conversationTitle: 'Hans Müller',
    conversationUrl: 'https://web.whatsapp.com/',
    ...over,
  };
}

export const CONTENT_TAB_ID = 7;

export function contentScriptSender(tabId = CONTENT_TAB_ID): Browser.runtime.MessageSender {
  return {
    id: fakeBrowser.runtime.id,
    tab: {
      id: tabId,
      index: 0,
      windowId: 0,
      highlighted: false,
      active: true,
      pinned: false,
      incognito: false,
    },
    url: 'https://web.whatsapp.com/',
  } as Browser.runtime.MessageSender;
}

export function extensionPageSender(): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
}

/** Sends a runtime message the way the browser delivers it, and resolves with the answer. */
export function dispatch(message: unknown, sender: Browser.runtime.MessageSender): Promise<any> {
  // The fake's typings leave out sendResponse, which our listener answers through.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  return new Promise((resolve) => {
    void trigger(message, sender, resolve);
  });
}

/** navigator.locks as one browser has it: exclusive per name, across every context given it. */
export class FakeLocks {
  held = 0;
  maxHeld = 0;
  private tail = new Map<string, Promise<unknown>>();

  request(name: string, callback: (lock: unknown) => Promise<unknown>): Promise<unknown> {
    const run = (this.tail.get(name) ?? Promise.resolve()).then(async () => {
      this.held += 1;
      this.maxHeld = Math.max(this.maxHeld, this.held);
      try {
        return await callback({ name, mode: 'exclusive' });
      } finally {
        this.held -= 1;
      }
    });
    this.tail.set(
      name,
      run.catch(() => undefined),
    );
    return run;
  }

  asLockManager(): LockManager {
    return this as unknown as LockManager;
  }
}

export interface Harness {
  db: KonukDb;
  api: FakeApi;
  clock: { now: number };
  background: RunningBackground;
  /** Stops this worker and starts a fresh one over the same database, as a browser restart does. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startHarness(
  options: { configured?: boolean; api?: FakeApi; locks?: FakeLocks } = {},
): Promise<Harness> {
  const dbName = `konuk-test-${crypto.randomUUID()}`;
  const api = options.api ?? new FakeApi();
  const clock = { now: Date.now() };
  const start = (db: KonukDb) =>
    runBackground({
      db,
      fetch: api.fetch,
      now: () => clock.now,
      random: () => 0.5,
      locks: (options.locks ?? new FakeLocks()).asLockManager(),
    });

  const setupDb = openKonukDb(dbName);
  if (options.configured ?? true) await saveSettings(setupDb, { apiUrl: API_URL, token: TOKEN });
  setupDb.close();

  const db = openKonukDb(dbName);
  const harness: Harness = {
    db,
    api,
    clock,
    background: start(db),
    async restart() {
      await harness.stop();
      harness.db = openKonukDb(dbName);
      harness.background = start(harness.db);
      await harness.background.scheduler.idle();
    },
    async stop() {
      await harness.background.scheduler.idle();
      harness.background.stop();
      harness.db.close();
    },
  };
  await harness.background.scheduler.idle();
  return harness;
}

export async function queuedKeys(db: KonukDb): Promise<string[]> {
  return (await db.outbox.filter((row) => row.state === 'queued').toArray()).map((row) => row.key);
}
