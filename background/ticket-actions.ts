// Workspace actions on a ticket (claim, assign, resolve, close, notes...). Each is tried at once;
// when the API is away it waits in a queue in the extension's database and goes out on the
// background's tick, in the order it was taken. The API is the only authority: a refusal (403,
// 409 with what is missing) is kept on the queued action so the agent sees it did not happen.
import { z } from 'zod';
import {
  QueuedTicketAction,
  type TicketActionReply,
  type TicketActionRequest,
} from '../shared/runtime-messages.ts';
import { ApiUnavailable, type ApiClient, type Rejection } from './api-client.ts';
import type { KonukDb } from './db.ts';
import { storeTickets } from './store-tickets.ts';
import { ActionAnswer, actionRoute } from './ticket-action-routes.ts';

const QUEUE_KEY = 'ticket-actions';
/** Refused actions stay visible for a while, then make room. */
const KEEP_REFUSED = 50;

const Queue = z.array(QueuedTicketAction);
type Api = Pick<ApiClient, 'request'>;
type Attempt =
  | { state: 'done'; ticket: z.infer<typeof ActionAnswer> }
  | { state: 'refused'; rejection: Rejection }
  | { state: 'away'; error: ApiUnavailable };

export async function readQueuedActions(db: KonukDb, recordNumber?: string): Promise<QueuedTicketAction[]> {
  const parsed = Queue.safeParse((await db.meta.get(QUEUE_KEY))?.value);
  const all = parsed.success ? parsed.data : [];
  return recordNumber === undefined ? all : all.filter((a) => a.recordNumber === recordNumber);
}

/** Tries the action once; `api` null (not set up yet) or away: it is queued. */
export async function performTicketAction(
  db: KonukDb,
  api: Api | null,
  request: Omit<TicketActionRequest, 'type'>,
  now: number,
): Promise<TicketActionReply> {
  // An action behind others for the same ticket waits its turn: order matters (claim, then resolve).
  const waiting = (await readQueuedActions(db, request.recordNumber)).some((a) => a.refused === null);
  const attempt: Attempt | null = api && !waiting ? await tryAction(db, api, request) : null;
  if (attempt?.state === 'done')
    return { ok: true, state: 'done', ticket: attempt.ticket, error: null, missing: [] };
  if (attempt?.state === 'refused') {
    return { ok: true, state: 'refused', ticket: null, ...refusal(attempt.rejection) };
  }
  if (attempt?.state === 'away' && attempt.error.reason.code === 'unauthorized') {
    return { ok: false, error: 'unauthorized' };
  }
  await enqueue(db, {
    actionId: request.actionId,
    recordNumber: request.recordNumber,
    action: request.action,
    queuedAt: new Date(now).toISOString(),
    attempts: attempt ? 1 : 0,
    refused: null,
    missing: [],
  });
  return { ok: true, state: 'queued', ticket: null, error: null, missing: [] };
}

/** Sends what waits, oldest first; stops at the first sign that the API is away. */
export async function deliverQueuedActions(db: KonukDb, api: Api): Promise<number> {
  let delivered = 0;
  for (const queued of await readQueuedActions(db)) {
    if (queued.refused !== null) continue;
    const attempt = await tryAction(db, api, queued);
    if (attempt.state === 'away') {
      await update(db, queued.actionId, { attempts: queued.attempts + 1 });
      throw attempt.error;
    }
    if (attempt.state === 'done') {
      await remove(db, queued.actionId);
      delivered += 1;
    } else {
      const { error, missing } = refusal(attempt.rejection);
      await update(db, queued.actionId, { refused: error, missing, attempts: queued.attempts + 1 });
    }
  }
  return delivered;
}

/** The agent has read a refusal: it leaves the list. */
export async function dismissQueuedAction(db: KonukDb, actionId: string): Promise<void> {
  await remove(db, actionId);
}

async function tryAction(
  db: KonukDb,
  api: Api,
  request: Pick<TicketActionRequest, 'recordNumber' | 'actionId' | 'action'>,
): Promise<Attempt> {
  const route = actionRoute(request.recordNumber, request.action);
  try {
    const answer = await api.request(route.path, { method: route.method, body: route.body }, ActionAnswer);
    if (!answer.ok) return { state: 'refused', rejection: answer.rejection };
    const ticket = answer.body;
    if (ticket) await db.transaction('rw', db.tickets, () => storeTickets(db, [ticket]));
    return { state: 'done', ticket };
  } catch (error) {
    if (!(error instanceof ApiUnavailable)) throw error;
    // 403 (this role may not) and 404 come back as "unavailable" from the client; they are
    // answers about this action, not an outage.
    const status = error.reason.status;
    if (status === 403 || status === 404) {
      return { state: 'refused', rejection: { status, message: status === 403 ? 'forbidden' : 'not found' } };
    }
    return { state: 'away', error };
  }
}

function refusal(rejection: Rejection): { error: string; missing: { part: string; message: string }[] } {
  const missing = (rejection.issues ?? []).map((issue) => ({ part: issue.path, message: issue.message }));
  return { error: rejection.message, missing };
}

async function enqueue(db: KonukDb, action: QueuedTicketAction): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const all = await readQueuedActions(db);
    if (all.some((a) => a.actionId === action.actionId)) return;
    await write(db, [...all, action]);
  });
}

/**
 * Another server or hotel: queued actions name the old server's record numbers and cannot go to
 * the new one. Returns how many were still waiting (refused ones were already told).
 */
export async function dropQueuedActions(db: KonukDb): Promise<number> {
  const waiting = (await readQueuedActions(db)).filter((a) => a.refused === null).length;
  await db.meta.delete(QUEUE_KEY);
  return waiting;
}

async function update(db: KonukDb, actionId: string, change: Partial<QueuedTicketAction>): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const all = await readQueuedActions(db);
    await write(
      db,
      all.map((a) => (a.actionId === actionId ? { ...a, ...change } : a)),
    );
  });
}

async function remove(db: KonukDb, actionId: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await write(
      db,
      (await readQueuedActions(db)).filter((a) => a.actionId !== actionId),
    );
  });
}

async function write(db: KonukDb, all: QueuedTicketAction[]): Promise<void> {
  const refused = all.filter((a) => a.refused !== null);
  const dropped = new Set(
    refused.slice(0, Math.max(0, refused.length - KEEP_REFUSED)).map((a) => a.actionId),
  );
  await db.meta.put({ key: QUEUE_KEY, value: all.filter((a) => !dropped.has(a.actionId)) });
}
