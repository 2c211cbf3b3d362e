// The browser's own ways into the workspace: the keyboard command (Alt+Shift+O unless the person
// changed it) opens the side panel beside the active tab; a click on a breach or escalation
// notification opens the ticket's conversation and the ticket beside it.
import { browser } from 'wxt/browser';
import { openConversation } from '../components/open-conversation.ts';
import { conversationOf, recordNumberOf } from './browser-notifications.ts';
import type { KonukDb } from './db.ts';
import { focusWorkspace, openWorkspace } from './open-workspace.ts';

export const OPEN_WORKSPACE_COMMAND = 'open-workspace';

export function listenForWorkspace(deps: { db: KonukDb; now: () => number }): () => void {
  const onCommand = (command: string, tab?: { id?: number; windowId?: number }) => {
    if (command !== OPEN_WORKSPACE_COMMAND) return;
    void openWorkspace(
      tab?.id !== undefined ? { tabId: tab.id } : { windowId: tab?.windowId },
      null,
      deps.now(),
    );
  };
  const onClicked = (id: string) => {
    const recordNumber = recordNumberOf(id);
    if (recordNumber === null) return;
    void (async () => {
      const window = await browser.windows.getLastFocused().catch(() => null);
      void openWorkspace({ windowId: window?.id }, recordNumber, deps.now());
      await focusWorkspace(recordNumber, deps.now());
      const url = await conversationOf(deps.db, recordNumber);
      if (url !== null) await openConversation(url).catch(() => undefined);
      await browser.notifications.clear(id).catch(() => undefined);
    })();
  };
  const commands = (browser as unknown as { commands?: typeof browser.commands }).commands;
  const notifications = (browser as unknown as { notifications?: typeof browser.notifications })
    .notifications;
  // Each is optional: a browser (or a test's fake browser) without it still runs the rest.
  const stops = [listen(commands?.onCommand, onCommand), listen(notifications?.onClicked, onClicked)];
  return () => stops.forEach((stop) => stop());
}

interface BrowserEvent<F> {
  addListener(listener: F): void;
  removeListener(listener: F): void;
}

function listen<F>(event: BrowserEvent<F> | undefined, listener: F): () => void {
  try {
    event?.addListener(listener);
  } catch {
    return () => undefined;
  }
  return () => event?.removeListener(listener);
}
