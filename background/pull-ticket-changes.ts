// Brings the local ticket copy up to date with the API's change feed, page by page. The cursor is
// saved with each page in the same transaction, so a stop half-way resumes where it was.
import type { ApiClient } from './api-client.ts';
import type { KonukDb } from './db.ts';
import { storeTickets } from './store-tickets.ts';
import { readSyncStatus } from './sync-status.ts';
import type { SyncOutcome } from './sync-outcome.ts';

export const PULL_PAGE_SIZE = 200;
/** A first pull of a busy hotel's history continues on the next run instead of holding the lock. */
const MAX_PAGES_PER_RUN = 25;

export async function pullTicketChanges(db: KonukDb, api: ApiClient, outcome: SyncOutcome): Promise<void> {
  let { cursor } = await readSyncStatus(db);
  for (let page = 0; page < MAX_PAGES_PER_RUN; page++) {
    const answer = await api.listTicketChanges(cursor, PULL_PAGE_SIZE);
    const next = answer.cursor ?? cursor;
    const changed = await db.transaction('rw', db.tickets, db.meta, async () => {
      await db.meta.put({ key: 'cursor', value: next });
      return storeTickets(db, answer.tickets);
    });
    outcome.tickets.push(...changed);
    if (!answer.hasMore || next === cursor) return;
    cursor = next;
  }
}
