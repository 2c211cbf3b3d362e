// The ticket of the conversation the agent has open: the active tab's most recently captured
// conversation, looked up in the local ticket copy.
import { browser } from 'wxt/browser';
import type { KonukDb } from './db.ts';
import type { TabConversations } from './tab-conversations.ts';

export async function activeTicket(db: KonukDb, tabs: TabConversations): Promise<string | null> {
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.id === undefined) return null;
  const keys = new Map(await tabs.entries()).get(active.id) ?? [];
  // The tab remembers conversations in capture order; the open one is captured last.
  for (const key of [...keys].reverse()) {
    const rows = await db.tickets.where('conversationKey').equals(key).toArray();
    const newest = rows.sort((a, b) => b.ticket.updatedAt.localeCompare(a.ticket.updatedAt))[0];
    if (newest) return newest.recordNumber;
  }
  return null;
}
