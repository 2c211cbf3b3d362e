// The extension's own database. The background worker writes it; the popup and the options page
// read it (and the options page writes settings). It is never reachable from a content script,
// which is why the API token lives here and not in storage.local.
import { Dexie, type EntityTable } from 'dexie';
import type { CapturedMessage } from '../shared/message.ts';
import type { Ticket, TicketStatus } from '../shared/ticket.ts';

export const DB_NAME = 'konuk';

export interface MessageRow {
  key: string;
  conversationKey: string;
  message: CapturedMessage;
  logged: 'stored' | 'synced';
  ticketId: string | null;
  storedAt: string;
}

/** `queued` rows are sent; `parked` rows were rejected by the API and wait for a person. */
export type OutboxState = 'queued' | 'parked';

export interface OutboxRow {
  seq?: number;
  key: string;
  state: OutboxState;
  attempts: number;
  queuedAt: string;
  /** Why the API rejected the message; set on parked rows. */
  error: string | null;
}

export interface TicketRow {
  id: string;
  recordNumber: string;
  status: TicketStatus;
  conversationKey: string;
  changeSeq: string;
  ticket: Ticket;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface SettingsRow {
  key: string;
  apiUrl: string;
  token: string;
}

export type KonukDb = Dexie & {
  messages: EntityTable<MessageRow, 'key'>;
  outbox: EntityTable<OutboxRow, 'seq'>;
  tickets: EntityTable<TicketRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  settings: EntityTable<SettingsRow, 'key'>;
};

export function openKonukDb(name: string = DB_NAME): KonukDb {
  const db = new Dexie(name) as KonukDb;
  db.version(1).stores({
    messages: 'key, conversationKey',
    outbox: '++seq, &key, [state+seq]',
    tickets: 'id, &recordNumber, status, conversationKey',
    meta: 'key',
    settings: 'key',
  });
  return db;
}

export function countOutbox(db: KonukDb, state: OutboxState): Promise<number> {
  return db.outbox.where('[state+seq]').between([state, -Infinity], [state, Infinity]).count();
}
