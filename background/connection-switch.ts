// A change of server or of hotel is a clean switch (issue 14). The local store belongs to one
// server and one hotel (its scope): what that server confirmed (its tickets, the messages it
// logged, its notifications, ticket changes queued against its record numbers) stays with it and
// is dropped here; what it never confirmed (queued and parked messages, unsent phone calls) goes
// to the new one. Nothing is sent or pulled before the scope is settled, so another server's
// tickets never meet the old one's under the same record number, and no hotel's tickets are
// shown to another's agent.
//
// A new origin is a new server: switched at once, even before it answers. On the same origin a
// new token may be another hotel, or only another agent of the same one: the server's /me tells.
import { z } from 'zod';
import { ConnectionSwitch } from '../shared/connection-switch.ts';
import type { ApiClient } from './api-client.ts';
import type { KonukDb } from './db.ts';
import { forgetNotifications } from './notifications.ts';
import { keepUnsentCalls } from './phone-calls.ts';
import { refreshPacksSoon } from './selector-packs.ts';
import type { Settings } from './settings.ts';
import { forgetSyncProgress } from './sync-status.ts';
import { dropQueuedActions } from './ticket-actions.ts';
import { connectionId } from './templates-cache.ts';

const SCOPE_KEY = 'connection-scope';
const SWITCH_KEY = 'connection-switch';

const Scope = z.object({
  /** connectionId() of the settings the store was last settled with. */
  connection: z.string(),
  origin: z.string(),
  /** Null until the server has said which hotel the token belongs to. */
  hotelId: z.string().nullable(),
});
type Scope = z.infer<typeof Scope>;

const StoredSwitch = ConnectionSwitch.extend({ connection: z.string(), told: z.boolean() });
type StoredSwitch = z.infer<typeof StoredSwitch>;

async function readScope(db: KonukDb): Promise<Scope | null> {
  return Scope.safeParse((await db.meta.get(SCOPE_KEY))?.value).data ?? null;
}

async function writeScope(db: KonukDb, scope: Scope): Promise<void> {
  await db.meta.put({ key: SCOPE_KEY, value: scope });
}

async function readSwitch(db: KonukDb): Promise<StoredSwitch | null> {
  return StoredSwitch.safeParse((await db.meta.get(SWITCH_KEY))?.value).data ?? null;
}

/**
 * Makes the local store belong to `settings`' server and hotel, switching when they changed.
 * Runs under the sync lock, before anything is sent or pulled. Throws ApiUnavailable when the
 * server must say which hotel it is and cannot: then nothing is sent to it yet.
 */
export async function settleConnection(
  db: KonukDb,
  settings: Settings,
  api: Pick<ApiClient, 'me'>,
  now: number,
): Promise<void> {
  const connection = await connectionId(settings);
  const origin = new URL(settings.apiUrl).origin;
  // A store from before scopes were kept (no scope) is taken to be this connection's, as it was.
  let scope = await readScope(db);
  if (scope?.connection === connection && scope.hotelId !== null) return;
  if (scope && scope.origin !== origin) {
    await switchStore(db, { from: scope.origin, to: origin, connection, hotelName: null }, now);
    scope = null;
  }
  scope = { connection, origin, hotelId: scope?.hotelId ?? null };
  await writeScope(db, scope);
  const me = await api.me();
  if (scope.hotelId !== null && scope.hotelId !== me.hotel.id) {
    await switchStore(db, { from: origin, to: origin, connection, hotelName: me.hotel.name }, now);
  } else {
    await nameTheHotel(db, connection, me.hotel.name);
  }
  await writeScope(db, { connection, origin, hotelId: me.hotel.id });
}

/** Whether the store belongs to `settings`' server and hotel already (nothing to switch). */
export async function isSettled(db: KonukDb, settings: Settings): Promise<boolean> {
  const scope = await readScope(db);
  return scope !== null && scope.hotelId !== null && scope.connection === (await connectionId(settings));
}

/** The switch made for the current connection, if nobody was told of it yet; told from now on. */
export async function takeSwitchReport(db: KonukDb, settings: Settings): Promise<ConnectionSwitch | null> {
  const connection = await connectionId(settings);
  return db.transaction('rw', db.meta, async () => {
    const stored = await readSwitch(db);
    if (!stored || stored.told || stored.connection !== connection) return null;
    await db.meta.put({ key: SWITCH_KEY, value: { ...stored, told: true } });
    return ConnectionSwitch.parse(stored);
  });
}

/** A switch made before the new server answered learns the hotel's name when it does. */
async function nameTheHotel(db: KonukDb, connection: string, hotelName: string): Promise<void> {
  const stored = await readSwitch(db);
  if (stored?.connection === connection && stored.hotelName === null) {
    await db.meta.put({ key: SWITCH_KEY, value: { ...stored, hotelName } });
  }
}

/** One transaction: the old server's confirmed data goes, its unconfirmed data stays queued. */
async function switchStore(
  db: KonukDb,
  target: { from: string; to: string; connection: string; hotelName: string | null },
  now: number,
): Promise<void> {
  await db.transaction('rw', [db.messages, db.outbox, db.tickets, db.meta], async () => {
    const droppedTickets = await db.tickets.count();
    await db.tickets.clear();
    const waiting = await db.outbox.toArray();
    const unsent = new Set(waiting.map((row) => row.key));
    // A message the old server refused gets the new server's own say.
    await db.outbox
      .filter((row) => row.state === 'parked')
      .modify({ state: 'queued', attempts: 0, error: null });
    await db.messages.filter((row) => !unsent.has(row.key)).delete();
    await db.messages
      .where('key')
      .anyOf([...unsent])
      .modify({ logged: 'stored', ticketId: null });
    const calls = await keepUnsentCalls(db);
    const droppedActions = await dropQueuedActions(db);
    await forgetNotifications(db);
    await forgetSyncProgress(db);
    await refreshPacksSoon(db);
    const report: StoredSwitch = {
      at: new Date(now).toISOString(),
      from: target.from,
      to: target.to,
      hotelName: target.hotelName,
      pending: unsent.size + calls,
      droppedTickets,
      droppedActions,
      connection: target.connection,
      told: false,
    };
    await db.meta.put({ key: SWITCH_KEY, value: report });
  });
}
