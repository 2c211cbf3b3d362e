// After a sync, each open tab hears what changed in the conversations it captured. Tabs without
// our content script (or closed meanwhile) reject the message; that is expected and ignored.
import { browser } from 'wxt/browser';
import { conversationKey } from '../shared/message.ts';
import type { StatePush } from '../shared/runtime-messages.ts';
import type { KonukDb } from './db.ts';
import { readBadgeTickets, readMessageStates } from './read-state.ts';
import type { SyncOutcome } from './sync-outcome.ts';
import type { TabConversations } from './tab-conversations.ts';

export async function pushStateToTabs(
  db: KonukDb,
  tabs: TabConversations,
  outcome: SyncOutcome,
): Promise<number> {
  if (outcome.syncedKeys.length === 0 && outcome.tickets.length === 0) return 0;
  const openTabIds = new Set((await browser.tabs.query({})).map((tab) => tab.id));
  const messages = await readMessageStates(db, outcome.syncedKeys);
  const messageConversation = new Map(
    (await db.messages.bulkGet(outcome.syncedKeys)).flatMap((row) =>
      row ? [[row.key, row.conversationKey] as const] : [],
    ),
  );
  const touched = new Set([...messageConversation.values(), ...outcome.tickets.map(conversationKey)]);

  let pushed = 0;
  for (const [tabId, captured] of await tabs.entries()) {
    if (!openTabIds.has(tabId)) {
      await tabs.forget(tabId);
      continue;
    }
    const relevant = captured.filter((key) => touched.has(key));
    if (relevant.length === 0) continue;
    const inTab = new Set(relevant);
    const tabMessages = messages.filter((state) => inTab.has(messageConversation.get(state.key) ?? ''));
    const push: StatePush = {
      type: 'konuk/state',
      messages: tabMessages,
      tickets: await readBadgeTickets(
        db,
        relevant,
        tabMessages.map((m) => m.ticketId),
      ),
    };
    try {
      await browser.tabs.sendMessage(tabId, push);
      pushed += 1;
    } catch {
      // No Konuk content script in that tab any more (navigated away, or reloaded without it).
    }
  }
  return pushed;
}
