// Opens the agent's workspace (the side panel) beside the page, on a named ticket when given. The
// panel is opened before anything is awaited: Chrome lets it open only while the click or key
// press that asked for it is still being handled. The ticket to show is handed over through
// storage.session, which extension pages read and content scripts cannot.
import { browser } from 'wxt/browser';
import { WORKSPACE_FOCUS_KEY, type WorkspaceFocus } from '../shared/runtime-messages.ts';

interface PanelApis {
  sidePanel?: { open(options: { windowId?: number; tabId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/** Returns false when this browser could not open it (the focus is still set for when it does). */
export async function openWorkspace(
  where: { windowId?: number; tabId?: number },
  recordNumber: string | null,
  now: number,
): Promise<boolean> {
  const apis = browser as unknown as PanelApis;
  const opening = apis.sidePanel
    ? apis.sidePanel.open(where.tabId !== undefined ? { tabId: where.tabId } : { windowId: where.windowId })
    : apis.sidebarAction?.open();
  if (recordNumber !== null) await focusWorkspace(recordNumber, now);
  try {
    await opening;
    return opening !== undefined;
  } catch {
    return false;
  }
}

export async function focusWorkspace(recordNumber: string, now: number): Promise<void> {
  const focus: WorkspaceFocus = { recordNumber, at: now };
  await browser.storage.session.set({ [WORKSPACE_FOCUS_KEY]: focus });
}
