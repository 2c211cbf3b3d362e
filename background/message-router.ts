// The one browser.runtime.onMessage listener. Every request is parsed before anything acts on
// it, each kind is accepted only from the context that may send it, and every request gets an
// answer: unknown or invalid ones get {ok: false, error}.
import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import {
  HealthReport,
  LogPhoneCallRequest,
  PageHealthReport,
  RefreshNotificationsRequest,
  SelectorPackRequest,
  SyncNowRequest,
  TemplateDeleteRequest,
  TemplateSaveRequest,
  TemplatesRequest,
  TestConnectionRequest,
  ActiveTicketRequest,
  OpenWorkspaceRequest,
  QueuedTicketActionsRequest,
  TicketActionRequest,
  type StatePush,
} from '../shared/runtime-messages.ts';
import type { FetchLike } from './api-client.ts';
import type { KonukDb } from './db.ts';
import type { ExtensionServices } from './extension-services.ts';
import { handleCapture } from './handle-capture.ts';
import { readBadgeTickets, readMessageStates } from './read-state.ts';
import { recordHealth } from './record-health.ts';
import { isExtensionPage, isOwnContentScript } from './sender-kind.ts';
import type { SyncScheduler } from './schedule-sync.ts';
import type { TabConversations } from './tab-conversations.ts';
import { handleTemplateRequest } from './templates-requests.ts';
import { testConnection } from './test-connection.ts';
import { handleWorkspaceRequest } from './workspace-requests.ts';
import { requeueParked } from './retry-parked.ts';
import { takeSwitchReport } from './connection-switch.ts';
import { loadSettings } from './settings.ts';

export interface RouterDeps {
  db: KonukDb;
  fetch: FetchLike;
  now: () => number;
  scheduler: SyncScheduler;
  tabs: TabConversations;
  services: ExtensionServices;
}

type Sender = Browser.runtime.MessageSender;
type Reply = { ok: boolean } & Record<string, unknown>;

/** RuntimeRequest less captures, which are parsed message by message in handle-capture.ts. */
const OtherRequest = z.discriminatedUnion('type', [
  HealthReport,
  SyncNowRequest,
  TestConnectionRequest,
  TemplatesRequest,
  TemplateSaveRequest,
  TemplateDeleteRequest,
  SelectorPackRequest,
  PageHealthReport,
  LogPhoneCallRequest,
  RefreshNotificationsRequest,
  TicketActionRequest,
  QueuedTicketActionsRequest,
  OpenWorkspaceRequest,
  ActiveTicketRequest,
]);

export function createMessageRouter(deps: RouterDeps) {
  return (message: unknown, sender: Sender, sendResponse: (reply: Reply) => void): true => {
    route(deps, message, sender).then(sendResponse, (error: unknown) =>
      sendResponse({
        ok: false,
        error: `internal error: ${error instanceof Error ? error.name : 'unknown'}`,
      }),
    );
    // Keeps the channel open for the asynchronous answer (Chrome and Firefox alike).
    return true;
  };
}

async function route(deps: RouterDeps, message: unknown, sender: Sender): Promise<Reply> {
  if (sender.id !== browser.runtime.id) return { ok: false, error: 'not from this extension' };
  // A capture is checked message by message, so one bad message does not reject its neighbours.
  if (isCapture(message)) return capture(deps, message, sender);

  const parsed = OtherRequest.safeParse(message);
  if (!parsed.success) return { ok: false, error: 'unknown or invalid request' };
  const request = parsed.data;
  switch (request.type) {
    case 'konuk/health':
      if (!isOwnContentScript(sender))
        return { ok: false, error: 'health reports come from content scripts' };
      await recordHealth(deps.db, request, deps.now());
      return { ok: true };
    case 'konuk/sync-now': {
      if (request.retryParked && isExtensionPage(sender)) await requeueParked(deps.db);
      await deps.scheduler.request(true);
      if (!request.reportSwitch || !isExtensionPage(sender)) return { ok: true };
      return { ok: true, switched: await takeSwitchReport(deps.db, await loadSettings(deps.db)) };
    }
    case 'konuk/test-connection':
      // The token typed into the options page must never be something a tab can probe with.
      if (!isExtensionPage(sender))
        return { ok: false, error: 'test-connection is only for extension pages' };
      return testConnection(request, deps.fetch);
    case 'konuk/templates':
    case 'konuk/template-save':
    case 'konuk/template-delete':
      return handleTemplateRequest(deps, request, sender);
    case 'konuk/selector-pack':
    case 'konuk/page-health':
    case 'konuk/log-phone-call':
    case 'konuk/refresh-notifications':
      return deps.services.handle(request, sender);
    case 'konuk/ticket-action':
    case 'konuk/queued-ticket-actions':
    case 'konuk/open-workspace':
    case 'konuk/active-ticket':
      return handleWorkspaceRequest(deps, request, sender);
  }
}

function isCapture(message: unknown): boolean {
  return (
    typeof message === 'object' && message !== null && 'type' in message && message.type === 'konuk/capture'
  );
}

async function capture(deps: RouterDeps, message: unknown, sender: Sender): Promise<Reply> {
  if (!isOwnContentScript(sender))
    return { ok: false, error: 'captures come from Konuk content scripts only' };
  const tabId = sender.tab!.id;
  const outcome = await handleCapture(deps.db, message, deps.now());
  if (tabId !== undefined) await deps.tabs.remember(tabId, outcome.conversationKeys);
  if (outcome.queued > 0) void deps.scheduler.request();
  if (!outcome.reply.ok && outcome.keys.length > 0 && tabId !== undefined) {
    void pushSavedState(deps.db, tabId, outcome.keys, outcome.conversationKeys);
  }
  return outcome.reply;
}

/** The valid half of a partly rejected capture is saved: the tab hears so right away. */
async function pushSavedState(db: KonukDb, tabId: number, keys: string[], conversationKeys: string[]) {
  const messages = await readMessageStates(db, keys);
  const push: StatePush = {
    type: 'konuk/state',
    messages,
    tickets: await readBadgeTickets(
      db,
      conversationKeys,
      messages.map((m) => m.ticketId),
    ),
  };
  await browser.tabs.sendMessage(tabId, push).catch(() => undefined);
}
