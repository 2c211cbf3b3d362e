// What the extension's pages read from the browser's own store (the background's IndexedDB):
// the popup's queue, recent tickets, a phone call being delivered, notifications, which pages
// Konuk reads, and the connection settings. This is the only place UI code touches the store;
// components see these functions through the page API and never open the database themselves.
// Each watch* call re-delivers whenever the rows it read change, here or in another context
// (Dexie propagates writes between extension pages and the worker).
import { liveQuery } from 'dexie';
import { readTabHealth, type TabHealth } from '../background/capture-health.ts';
import { countOutbox, openKonukDb, type KonukDb, type TicketRow } from '../background/db.ts';
import { readNotifications } from '../background/notifications.ts';
import { readPhoneCall, type PhoneCallRow } from '../background/phone-calls.ts';
import { listSelectorPacks, type PackState } from '../background/selector-packs.ts';
import { isConfigured, loadSettings, saveSettings, type Settings } from '../background/settings.ts';
import { readSyncStatus, type SyncError } from '../background/sync-status.ts';
import type { Notification } from '../shared/api-contract.ts';
import type { Ticket } from '../shared/ticket.ts';

export type { PhoneCallRow, SyncError, TicketRow };
/** The connection form checks its values with the same rules the store keeps them by. */
export { extraOriginPattern, Settings } from '../background/settings.ts';

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

export interface CaptureState {
  tabs: TabHealth[];
  packs: PackState[];
}

/** Stops a watch. */
export type Unwatch = () => void;
export type Watch<T> = (next: (value: T) => void) => Unwatch;

export interface PageStore {
  /** Everything the popup shows: open tickets, waiting and refused messages, the last sync. */
  watchQueue: Watch<QueueView>;
  /** The tickets this browser saw change last, newest first. */
  watchRecentTickets(limit: number): Watch<Ticket[]>;
  /** A ticket this browser holds, by its id. */
  localTicket(ticketId: string): Promise<Ticket | null>;
  watchPhoneCall(callId: string): Watch<PhoneCallRow | null>;
  watchNotifications: Watch<Notification[]>;
  watchCaptureState: Watch<CaptureState>;
  /** The server address and token this browser uses. */
  connection(): Promise<Settings>;
  saveConnection(settings: Settings): Promise<Settings>;
}

export function createPageStore(db: KonukDb = openKonukDb()): PageStore {
  return {
    watchQueue: watch(() => readQueue(db)),
    watchRecentTickets: (limit) =>
      watch(async () =>
        (await db.tickets.toArray())
          .map((row) => row.ticket)
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
          .slice(0, limit),
      ),
    localTicket: async (ticketId) => (await db.tickets.get(ticketId))?.ticket ?? null,
    watchPhoneCall: (callId) => watch(() => readPhoneCall(db, callId)),
    watchNotifications: watch(() => readNotifications(db)),
    watchCaptureState: watch(async () => ({
      tabs: await readTabHealth(db),
      packs: await listSelectorPacks(db),
    })),
    connection: () => loadSettings(db),
    saveConnection: (settings) => saveSettings(db, settings),
  };
}

async function readQueue(db: KonukDb): Promise<QueueView> {
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

function watch<T>(read: () => Promise<T>): Watch<T> {
  return (next) => {
    const subscription = liveQuery(read).subscribe({
      next,
      error: (error: unknown) =>
        console.error('Konuk store read failed', error instanceof Error ? error.name : error),
    });
    return () => subscription.unsubscribe();
  };
}
