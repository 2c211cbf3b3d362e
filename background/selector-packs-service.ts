// When the background asks the API for selector packs, and who hears about a new one: every 15
// minutes, at once when a page cannot be read (at most once a minute) or a person asks (at most
// every 10 seconds); open tabs are told of each newer pack so a broken page heals without a reload.
import { browser } from 'wxt/browser';
import type { SelectorPackPush, SelectorPackReply, SelectorPackRequest } from '../shared/runtime-messages.ts';
import { ApiUnavailable, type FetchLike } from './api-client.ts';
import { configuredApi } from './configured-api.ts';
import type { KonukDb } from './db.ts';
import { lastFetchedAt, readSelectorPack, refreshSelectorPacks } from './selector-packs.ts';

export const PACK_REFRESH_EVERY_MS = 15 * 60_000;
export const UNREADABLE_REFRESH_MS = 60_000;
export const ASKED_REFRESH_MS = 10_000;

export interface SelectorPackServiceDeps {
  db: KonukDb;
  fetch: FetchLike;
  now: () => number;
  /** A pack the API served was refused: worth telling the coordinators who published it. */
  onRejected(platform: string, version: string, problem: string): Promise<void>;
}

export class SelectorPackService {
  private refreshing: Promise<void> | null = null;

  constructor(private readonly deps: SelectorPackServiceDeps) {}

  async answer(request: SelectorPackRequest): Promise<SelectorPackReply> {
    if (request.refresh) await this.refreshIfOlderThan(ASKED_REFRESH_MS);
    else void this.refreshIfOlderThan(PACK_REFRESH_EVERY_MS);
    return { ok: true, pack: await readSelectorPack(this.deps.db, request.platform) };
  }

  /** Resolves when the refresh that covers this call is over. Never rejects. */
  refreshIfOlderThan(maxAgeMs: number): Promise<void> {
    this.refreshing ??= this.refresh(maxAgeMs)
      .catch((error: unknown) => {
        console.warn(
          '[konuk] selector pack refresh failed:',
          error instanceof Error ? error.name : typeof error,
        );
      })
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  private async refresh(maxAgeMs: number): Promise<void> {
    const { db } = this.deps;
    if (this.deps.now() - (await lastFetchedAt(db)) < maxAgeMs) return;
    const api = await configuredApi(db, this.deps.fetch);
    if (!api) return;
    let changes;
    try {
      changes = await refreshSelectorPacks(db, api, this.deps.now());
    } catch (error) {
      if (error instanceof ApiUnavailable) return;
      throw error;
    }
    for (const { platform, pack } of changes.changed) {
      await pushToTabs({ type: 'konuk/selector-pack-update', platform, pack });
    }
    for (const { platform, version, problem } of changes.rejected) {
      await this.deps.onRejected(platform, version, problem);
    }
  }
}

/** Content scripts of other platforms ignore it; tabs without one reject it, which is fine. */
async function pushToTabs(push: SelectorPackPush): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : Promise.resolve(tab.id)
            .then((id) => browser.tabs.sendMessage(id, push))
            .catch(() => undefined),
    ),
  );
}
