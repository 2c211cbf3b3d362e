// Everything the popup shows, read in one go from the extension's database.
import { countOutbox, type KonukDb, type TicketRow } from '../background/db.ts';
import { isConfigured, loadSettings } from '../background/settings.ts';
import { readSyncStatus, type SyncError } from '../background/sync-status.ts';

export interface QueueView {
  configured: boolean;
  tickets: TicketRow[];
  /** Messages saved in the browser and not yet accepted by the API. */
  waiting: number;
  /** Messages the API refused; they stay in the outbox with the reason. */
  parked: number;
  lastSyncError: SyncError | null;
  lastSyncAt: string | null;
}

export async function readQueue(db: KonukDb): Promise<QueueView> {
  const [settings, tickets, waiting, parked, status] = await Promise.all([
    loadSettings(db),
    db.tickets.where('status').anyOf('open', 'pending_guest').toArray(),
    countOutbox(db, 'queued'),
    countOutbox(db, 'parked'),
    readSyncStatus(db),
  ]);
  return {
    configured: isConfigured(settings),
    tickets,
    waiting,
    parked,
    lastSyncError: status.lastSyncError,
    lastSyncAt: status.lastSyncAt,
  };
}
