// What the background does with a page's capture health (issue 4): the tab's toolbar badge says
// when Konuk cannot read it, and the platform's state goes to the API (POST /v1/capture-health)
// so coordinators see it per platform. Reports wait in the extension's database while the API
// cannot be reached and are sent in order; only changes of a platform's state are reported.
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { CaptureHealthEntry, CaptureHealthReport } from '../shared/api-contract.ts';
import type { PageHealthReport } from '../shared/runtime-messages.ts';
import { t } from '../components/i18n.ts';
import { ApiUnavailable, type FetchLike } from './api-client.ts';
import { configuredApi } from './configured-api.ts';
import type { KonukDb } from './db.ts';

const TABS_KEY = 'capture-health-tabs';
const OUTBOX_KEY = 'capture-health-outbox';
const STATES_KEY = 'capture-health-states';
/** A worker offline for days keeps the newest reports. */
const MAX_QUEUED = 200;
export const UNREADABLE_BADGE = { text: '?', color: '#8430ce' };

export const TabHealth = z.object({
  platform: z.string(),
  readable: z.boolean(),
  problem: z.string().nullable(),
  packVersion: z.string(),
  host: z.string().nullable(),
  at: z.string(),
});
export type TabHealth = z.infer<typeof TabHealth>;

const TabHealthMap = z.record(z.string(), TabHealth);
const PlatformState = z.object({ ok: z.boolean(), problem: z.string().nullable() });
const PlatformStates = z.record(z.string(), PlatformState);
const QueuedReport = z.object({ id: z.string(), report: CaptureHealthReport });
const Outbox = z.array(QueuedReport);

export interface CaptureHealthDeps {
  db: KonukDb;
  fetch: FetchLike;
  now: () => number;
}

export class CaptureHealthService {
  private flushing: Promise<void> | null = null;

  constructor(private readonly deps: CaptureHealthDeps) {}

  async onPageHealth(report: PageHealthReport, tabId: number, pageUrl: string | undefined): Promise<void> {
    const { db } = this.deps;
    const host = hostOf(pageUrl);
    const entry: TabHealth = {
      platform: report.platform,
      readable: report.readable,
      problem: report.readable ? null : describe(report),
      packVersion: report.packVersion,
      host,
      at: new Date(this.deps.now()).toISOString(),
    };
    await db.transaction('rw', db.meta, async () => {
      const tabs = await read(db, TABS_KEY, TabHealthMap, {});
      tabs[String(tabId)] = entry;
      await db.meta.put({ key: TABS_KEY, value: tabs });
      await this.queueIfChanged(platformState(tabs, report.platform), report.platform, host);
    });
    await showTabBadge(tabId, report.readable);
    void this.flush();
  }

  /** The tab closed or loaded another page: its state no longer stands. */
  async onTabGone(tabId: number): Promise<void> {
    const { db } = this.deps;
    await db.transaction('rw', db.meta, async () => {
      const tabs = await read(db, TABS_KEY, TabHealthMap, {});
      if (!(String(tabId) in tabs)) return;
      delete tabs[String(tabId)];
      await db.meta.put({ key: TABS_KEY, value: tabs });
    });
  }

  /** A problem that is not a page's, such as a refused selector pack; the platform's state stays. */
  async note(platform: string, problem: string): Promise<void> {
    const { db } = this.deps;
    await db.transaction('rw', db.meta, async () => {
      const state = platformState(await read(db, TABS_KEY, TabHealthMap, {}), platform);
      await this.queue({ platform, ok: state?.ok ?? true, problem: problem.slice(0, 500) });
    });
    void this.flush();
  }

  /** Sends what is queued, oldest first; stops at the first sign the API is away. Never rejects. */
  flush(): Promise<void> {
    this.flushing ??= this.send()
      .catch((error: unknown) => {
        console.warn(
          '[konuk] capture health report failed:',
          error instanceof Error ? error.name : typeof error,
        );
      })
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  private async send(): Promise<void> {
    const { db } = this.deps;
    const api = await configuredApi(db, this.deps.fetch);
    if (!api) return;
    for (;;) {
      const [next] = await read(db, OUTBOX_KEY, Outbox, []);
      if (!next) return;
      try {
        // A report the API refuses is dropped: sending it again cannot change the answer.
        await api.request('/capture-health', { method: 'POST', body: next.report }, CaptureHealthEntry);
      } catch (error) {
        if (error instanceof ApiUnavailable) return;
        throw error;
      }
      await db.transaction('rw', db.meta, async () => {
        const outbox = await read(db, OUTBOX_KEY, Outbox, []);
        await db.meta.put({ key: OUTBOX_KEY, value: outbox.filter((queued) => queued.id !== next.id) });
      });
    }
  }

  /** Runs inside a transaction on db.meta. */
  private async queueIfChanged(
    state: z.infer<typeof PlatformState> | null,
    platform: string,
    host: string | null,
  ): Promise<void> {
    if (!state) return;
    const states = await read(this.deps.db, STATES_KEY, PlatformStates, {});
    const last = states[platform];
    if (last && last.ok === state.ok && last.problem === state.problem) return;
    states[platform] = state;
    await this.deps.db.meta.put({ key: STATES_KEY, value: states });
    await this.queue({
      platform,
      ok: state.ok,
      ...(state.problem ? { problem: state.problem } : {}),
      ...(host ? { pageUrlHost: host } : {}),
    });
  }

  private async queue(report: CaptureHealthReport): Promise<void> {
    const outbox = await read(this.deps.db, OUTBOX_KEY, Outbox, []);
    outbox.push({ id: crypto.randomUUID(), report: CaptureHealthReport.parse(report) });
    await this.deps.db.meta.put({ key: OUTBOX_KEY, value: outbox.slice(-MAX_QUEUED) });
  }
}

/** Every tab's health, for the side panel. */
export async function readTabHealth(db: KonukDb): Promise<TabHealth[]> {
  return Object.values(await read(db, TABS_KEY, TabHealthMap, {}));
}

/** A platform cannot be read while any of its tabs cannot; null when no tab shows it. */
function platformState(
  tabs: Record<string, TabHealth>,
  platform: string,
): z.infer<typeof PlatformState> | null {
  const shown = Object.values(tabs).filter((tab) => tab.platform === platform);
  if (shown.length === 0) return null;
  const failing = shown.find((tab) => !tab.readable);
  return { ok: !failing, problem: failing?.problem ?? null };
}

function describe(report: PageHealthReport): string {
  const what = report.detail ? `${report.problem} (${report.detail})` : (report.problem ?? 'unreadable');
  return `${what}; selector pack ${report.packVersion}`.slice(0, 500);
}

/** Only the host: paths and queries may hold guest data. */
function hostOf(url: string | undefined): string | null {
  try {
    const host = url ? new URL(url).hostname : '';
    return CaptureHealthReport.shape.pageUrlHost.safeParse(host).success && host ? host : null;
  } catch {
    return null;
  }
}

async function read<T>(db: KonukDb, key: string, schema: z.ZodType<T>, empty: T): Promise<T> {
  const parsed = schema.safeParse((await db.meta.get(key))?.value);
  return parsed.success ? parsed.data : empty;
}

/** The tab's own badge overrides the global one; clearing it shows the global one again. */
async function showTabBadge(tabId: number, readable: boolean): Promise<void> {
  try {
    if (readable) {
      const color = await browser.action.getBadgeBackgroundColor({});
      await browser.action.setBadgeText({ tabId, text: null as unknown as string });
      await browser.action.setBadgeBackgroundColor({ tabId, color });
      await browser.action.setTitle({ tabId, title: t('extName') });
    } else {
      await browser.action.setBadgeBackgroundColor({ tabId, color: UNREADABLE_BADGE.color });
      await browser.action.setBadgeText({ tabId, text: UNREADABLE_BADGE.text });
      await browser.action.setTitle({ tabId, title: t('health_toolbar_title') });
    }
  } catch {
    // The tab closed meanwhile.
  }
}
