// Which conversations each tab has captured, so a state push tells a tab only about what it
// shows. Kept in storage.session: it survives a service-worker restart, ends with the browser
// session (tab ids do too), and content scripts cannot read it.
import { z } from 'zod';
import { browser } from 'wxt/browser';

const STORAGE_KEY = 'konukTabConversations';
/** A long-lived tab keeps the conversations it captured most recently. */
const MAX_PER_TAB = 500;

const Stored = z.record(z.string(), z.array(z.string()));

export class TabConversations {
  private byTab: Map<number, string[]> | null = null;
  private writes: Promise<void> = Promise.resolve();

  async remember(tabId: number, conversationKeys: string[]): Promise<void> {
    if (conversationKeys.length === 0) return;
    const byTab = await this.load();
    const kept = (byTab.get(tabId) ?? []).filter((key) => !conversationKeys.includes(key));
    byTab.set(tabId, [...kept, ...conversationKeys].slice(-MAX_PER_TAB));
    await this.save();
  }

  async forget(tabId: number): Promise<void> {
    const byTab = await this.load();
    if (byTab.delete(tabId)) await this.save();
  }

  async entries(): Promise<[number, string[]][]> {
    return [...(await this.load())];
  }

  private async load(): Promise<Map<number, string[]>> {
    if (this.byTab) return this.byTab;
    const stored = Stored.safeParse((await browser.storage.session.get(STORAGE_KEY))[STORAGE_KEY] ?? {});
    const loaded = new Map(
      Object.entries(stored.success ? stored.data : {}).map(([id, keys]) => [Number(id), keys] as const),
    );
    this.byTab ??= loaded;
    return this.byTab;
  }

  /** Writes are chained so a slow write can never overwrite a newer one. */
  private save(): Promise<void> {
    const snapshot = Object.fromEntries(this.byTab ?? []);
    this.writes = this.writes.then(() => browser.storage.session.set({ [STORAGE_KEY]: snapshot }));
    return this.writes;
  }
}
