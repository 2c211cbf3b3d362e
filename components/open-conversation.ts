// Takes a person from the popup to a ticket's conversation: the tab already showing it is
// brought forward, a tab of the same page is moved there by its fragment (no reload), and
// otherwise a new tab opens. Only http(s) addresses are opened; the URL came from a page.
import { browser } from 'wxt/browser';
import { WORKSPACE_FOCUS_KEY, type WorkspaceFocus } from '../shared/runtime-messages.ts';

export async function openConversation(conversationUrl: string): Promise<void> {
  const target = parseWebUrl(conversationUrl);
  if (!target) return;
  const tabs = await browser.tabs.query({});
  const exact = tabs.find((tab) => tab.url === target.href);
  const samePage = tabs.find(
    (tab) => tab.url !== undefined && withoutHash(tab.url) === withoutHash(target.href),
  );
  const tab = exact ?? samePage;
  if (tab?.id === undefined) {
    await browser.tabs.create({ url: target.href });
    return;
  }
  await browser.tabs.update(tab.id, tab === exact ? { active: true } : { active: true, url: target.href });
  await browser.windows.update(tab.windowId, { focused: true });
}

/** The URL when it is a web page's (http or https), else null. */
export function parseWebUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * A ticket clicked in a queue: its conversation in the platform page and the ticket in the side
 * panel beside it. The panel is opened before anything is awaited, while the click still counts
 * as the person's gesture (Chrome opens a side panel only then), so the caller passes the window
 * it looked up beforehand (`currentWindowId`).
 */
export async function openTicketBeside(
  ticket: { recordNumber: string; conversationUrl: string | null },
  windowId: number | null,
  now: number,
): Promise<void> {
  const opening = windowId === null ? undefined : openSidePanel(windowId);
  const focus: WorkspaceFocus = { recordNumber: ticket.recordNumber, at: now };
  await browser.storage.session.set({ [WORKSPACE_FOCUS_KEY]: focus });
  if (ticket.conversationUrl !== null) await openConversation(ticket.conversationUrl);
  await opening;
}

/** Opens the side panel in a window; false where this browser has none to open. */
export function openSidePanel(windowId: number): Promise<boolean> {
  const panel = (browser as unknown as { sidePanel?: { open(o: { windowId: number }): Promise<void> } })
    .sidePanel;
  if (!panel) return Promise.resolve(false);
  return panel.open({ windowId }).then(
    () => true,
    () => false,
  );
}

export async function currentWindowId(): Promise<number | null> {
  try {
    return (await browser.windows.getCurrent())?.id ?? null;
  } catch {
    return null;
  }
}
