// Escalation notifications for the side panel (GET /v1/notifications): a ticket gained an
// escalation reason, or went unanswered long enough to reach the team lead or the supervisor.
// Pulled with the API's cursor on the background's tick; the newest ones are kept in Dexie.
import { z } from 'zod';
import { Notification, NotificationListResponse } from '../shared/api-contract.ts';
import type { ApiClient } from './api-client.ts';
import type { KonukDb } from './db.ts';

export const NOTIFICATIONS_KEY = 'notifications';
const CURSOR_KEY = 'notifications-cursor';
const KEEP = 100;
const PAGE = 100;
/** A long outage is caught up over several ticks rather than in one long request chain. */
const MAX_PAGES = 5;

const Stored = z.array(Notification);

export async function readNotifications(db: KonukDb): Promise<Notification[]> {
  const parsed = Stored.safeParse((await db.meta.get(NOTIFICATIONS_KEY))?.value);
  return parsed.success ? parsed.data : [];
}

/**
 * Returns how many notifications were new; `onFresh` hears of them (browser notifications).
 * Throws ApiUnavailable when the API is away.
 */
export async function refreshNotifications(
  db: KonukDb,
  api: Pick<ApiClient, 'request'>,
  onFresh?: (fresh: Notification[]) => Promise<unknown>,
): Promise<number> {
  let cursor = z.string().safeParse((await db.meta.get(CURSOR_KEY))?.value).data ?? null;
  let added = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const query = new URLSearchParams({ limit: String(PAGE) });
    if (cursor !== null) query.set('since', cursor);
    const answer = await api.request(`/notifications?${query}`, { method: 'GET' }, NotificationListResponse);
    if (!answer.ok) return added;
    const { notifications, hasMore } = answer.body;
    const fresh = await keep(db, notifications);
    added += fresh.length;
    if (fresh.length > 0) await onFresh?.(fresh);
    cursor = answer.body.cursor ?? cursor;
    await db.meta.put({ key: CURSOR_KEY, value: cursor });
    if (!hasMore) break;
  }
  return added;
}

/** Another server or hotel: the old one's notifications are not shown, its cursor not used. */
export async function forgetNotifications(db: KonukDb): Promise<void> {
  await db.meta.bulkDelete([NOTIFICATIONS_KEY, CURSOR_KEY]);
}

async function keep(db: KonukDb, incoming: Notification[]): Promise<Notification[]> {
  if (incoming.length === 0) return [];
  return db.transaction('rw', db.meta, async () => {
    const held = await readNotifications(db);
    const known = new Set(held.map((n) => n.id));
    const fresh = incoming.filter((n) => !known.has(n.id));
    const all = [...held, ...fresh].sort((a, b) => compareSeq(b.seq, a.seq)).slice(0, KEEP);
    await db.meta.put({ key: NOTIFICATIONS_KEY, value: all });
    return fresh;
  });
}

function compareSeq(a: string, b: string): number {
  const [x, y] = [a, b].map((seq) => (/^\d+$/.test(seq) ? BigInt(seq) : 0n)) as [bigint, bigint];
  return x < y ? -1 : x > y ? 1 : 0;
}
