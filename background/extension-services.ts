// The background's work besides the message outbox (issue 4): selector packs, capture health,
// phone calls logged by hand and escalation notifications. The sync alarm's tick retries what
// waits; runtime requests for them arrive through the message router.
import { browser, type Browser } from 'wxt/browser';
import type {
  LogPhoneCallReply,
  LogPhoneCallRequest,
  PageHealthReport,
  RefreshNotificationsRequest,
  SelectorPackRequest,
} from '../shared/runtime-messages.ts';
import { ApiUnavailable, type ApiClient, type FetchLike } from './api-client.ts';
import { CaptureHealthService } from './capture-health.ts';
import { configuredApi, settledApi } from './configured-api.ts';
import type { KonukDb } from './db.ts';
import { refreshNotifications } from './notifications.ts';
import { deliverPhoneCalls, logPhoneCall } from './phone-calls.ts';
import { deliverQueuedActions } from './ticket-actions.ts';
import { announce } from './browser-notifications.ts';
import { t } from '../components/i18n.ts';
import type { Notification } from '../shared/api-contract.ts';
import { isExtensionPage, isOwnContentScript } from './sender-kind.ts';
import {
  PACK_REFRESH_EVERY_MS,
  SelectorPackService,
  UNREADABLE_REFRESH_MS,
} from './selector-packs-service.ts';

export interface ExtensionServiceDeps {
  db: KonukDb;
  fetch: FetchLike;
  now: () => number;
}

export type ServiceRequest =
  SelectorPackRequest | PageHealthReport | LogPhoneCallRequest | RefreshNotificationsRequest;

type Sender = Browser.runtime.MessageSender;
type Reply = { ok: boolean } & Record<string, unknown>;

export interface ExtensionServices {
  packs: SelectorPackService;
  health: CaptureHealthService;
  handle(request: ServiceRequest, sender: Sender): Promise<Reply>;
  /** One round of retries and refreshes; never rejects. */
  tick(): Promise<void>;
  stop(): void;
}

export function startExtensionServices(deps: ExtensionServiceDeps): ExtensionServices {
  const { db } = deps;
  const health = new CaptureHealthService(deps);
  const packs = new SelectorPackService({
    ...deps,
    onRejected: (platform, version, problem) =>
      health.note(platform, `selector pack ${version} refused: ${problem}`),
  });

  const announceFresh = (fresh: Notification[]) => announce(fresh, t);

  async function withApi(work: (api: ApiClient) => Promise<unknown>) {
    const api = await settledApi(db, deps.fetch);
    if (!api) return;
    try {
      await work(api);
    } catch (error) {
      if (!(error instanceof ApiUnavailable)) throw error;
    }
  }

  async function handle(request: ServiceRequest, sender: Sender): Promise<Reply> {
    switch (request.type) {
      case 'konuk/selector-pack':
        if (!isOwnContentScript(sender))
          return { ok: false, error: 'selector packs are for content scripts' };
        return packs.answer(request);
      case 'konuk/page-health':
        if (!isOwnContentScript(sender) || sender.tab?.id === undefined)
          return { ok: false, error: 'page health comes from content scripts' };
        await health.onPageHealth(request, sender.tab.id, sender.url);
        // A page that cannot be read may be fixed by a pack published meanwhile.
        if (!request.readable) void packs.refreshIfOlderThan(UNREADABLE_REFRESH_MS);
        return { ok: true };
      case 'konuk/log-phone-call': {
        if (!isExtensionPage(sender))
          return { ok: false, error: 'phone calls are logged from the side panel' };
        const reply: LogPhoneCallReply = await logPhoneCall(
          db,
          await configuredApi(db, deps.fetch),
          request.call,
          request.topic ?? null,
          deps.now(),
        );
        return reply;
      }
      case 'konuk/refresh-notifications':
        if (!isExtensionPage(sender)) return { ok: false, error: 'notifications are for extension pages' };
        await withApi((api) => refreshNotifications(db, api, announceFresh));
        return { ok: true };
    }
  }

  async function tick(): Promise<void> {
    const steps = [
      health.flush(),
      packs.refreshIfOlderThan(PACK_REFRESH_EVERY_MS),
      withApi((api) => deliverPhoneCalls(db, api)),
      withApi((api) => refreshNotifications(db, api, announceFresh)),
      withApi((api) => deliverQueuedActions(db, api)),
    ];
    for (const result of await Promise.allSettled(steps)) {
      if (result.status === 'rejected') {
        const reason: unknown = result.reason;
        console.warn(
          '[konuk] background step failed:',
          reason instanceof Error ? reason.name : typeof reason,
        );
      }
    }
  }

  const onTabRemoved = (tabId: number) => void health.onTabGone(tabId);
  const onTabUpdated = (tabId: number, change: { status?: string }) => {
    // A new page in the tab: its content script (if any) reports afresh.
    if (change.status === 'loading') void health.onTabGone(tabId);
  };
  browser.tabs.onRemoved.addListener(onTabRemoved);
  browser.tabs.onUpdated.addListener(onTabUpdated);
  void tick();

  return {
    packs,
    health,
    handle,
    tick,
    stop() {
      browser.tabs.onRemoved.removeListener(onTabRemoved);
      browser.tabs.onUpdated.removeListener(onTabUpdated);
    },
  };
}
