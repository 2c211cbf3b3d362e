// Runtime requests from the agent's workspace: ticket actions and what waits to be sent (extension
// pages only: a platform page must never act on a ticket), opening the workspace (the badge in a
// page may ask, naming a ticket, nothing more), and which ticket the active tab shows.
import type { Browser } from 'wxt/browser';
import type {
  ActiveTicketRequest,
  OpenWorkspaceRequest,
  QueuedTicketActionsRequest,
  TicketActionRequest,
} from '../shared/runtime-messages.ts';
import type { FetchLike } from './api-client.ts';
import { activeTicket } from './active-ticket.ts';
import { configuredApi } from './configured-api.ts';
import type { KonukDb } from './db.ts';
import { openWorkspace } from './open-workspace.ts';
import { isExtensionPage, isOwnContentScript } from './sender-kind.ts';
import type { TabConversations } from './tab-conversations.ts';
import { performTicketAction, readQueuedActions } from './ticket-actions.ts';

export type WorkspaceRequest =
  TicketActionRequest | QueuedTicketActionsRequest | OpenWorkspaceRequest | ActiveTicketRequest;

export interface WorkspaceDeps {
  db: KonukDb;
  fetch: FetchLike;
  now: () => number;
  tabs: TabConversations;
}

type Sender = Browser.runtime.MessageSender;
type Reply = { ok: boolean } & Record<string, unknown>;

export async function handleWorkspaceRequest(
  deps: WorkspaceDeps,
  request: WorkspaceRequest,
  sender: Sender,
): Promise<Reply> {
  switch (request.type) {
    case 'konuk/ticket-action': {
      if (!isExtensionPage(sender)) return { ok: false, error: 'tickets are worked from the extension' };
      const { type: _type, ...action } = request;
      return performTicketAction(deps.db, await configuredApi(deps.db, deps.fetch), action, deps.now());
    }
    case 'konuk/queued-ticket-actions':
      if (!isExtensionPage(sender)) return { ok: false, error: 'for extension pages' };
      return { ok: true, actions: await readQueuedActions(deps.db, request.recordNumber) };
    case 'konuk/open-workspace': {
      if (!isExtensionPage(sender) && !isOwnContentScript(sender))
        return { ok: false, error: 'not from Konuk' };
      const where = sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {};
      const opened = await openWorkspace(where, request.recordNumber ?? null, deps.now());
      return { ok: true, opened };
    }
    case 'konuk/active-ticket':
      if (!isExtensionPage(sender)) return { ok: false, error: 'for extension pages' };
      return { ok: true, recordNumber: await activeTicket(deps.db, deps.tabs) };
  }
}
