// Phone calls logged by hand from the side panel (POST /v1/tickets, channel phone). A call is
// stored before anything is sent, like a captured message: offline, it waits and gets its record
// number when the API is reached. Its client-generated callId makes every resend log it once.
import { z } from 'zod';
import { PhoneCallRequest, PhoneCallResponse } from '../shared/api-contract.ts';
import { Ticket } from '../shared/ticket.ts';
import { Topic } from '../shared/taxonomy.ts';
import type { LogPhoneCallReply } from '../shared/runtime-messages.ts';
import type { ApiClient } from './api-client.ts';
import { ApiUnavailable } from './api-client.ts';
import type { KonukDb } from './db.ts';
import { storeTickets } from './store-tickets.ts';

const CALL_PREFIX = 'phone-call|';
const KEEP_LOGGED = 50;

export const PhoneCallRow = z.object({
  callId: z.string(),
  call: PhoneCallRequest,
  /** The topic the agent chose; `topicSet` once the ticket carries it. */
  topic: Topic.nullable(),
  topicSet: z.boolean(),
  /** `queued`: waiting for the API; `logged`: it has a record number; `refused`: see `error`. */
  state: z.enum(['queued', 'logged', 'refused']),
  recordNumber: z.string().nullable(),
  ticketId: z.string().nullable(),
  error: z.string().nullable(),
  queuedAt: z.string(),
  attempts: z.number().int().nonnegative(),
});
export type PhoneCallRow = z.infer<typeof PhoneCallRow>;

type Call = PhoneCallRequest & { callId: string };
type Api = Pick<ApiClient, 'request'>;

export function phoneCallKey(callId: string): string {
  return CALL_PREFIX + callId;
}

export async function readPhoneCall(db: KonukDb, callId: string): Promise<PhoneCallRow | null> {
  const parsed = PhoneCallRow.safeParse((await db.meta.get(phoneCallKey(callId)))?.value);
  return parsed.success ? parsed.data : null;
}

/** Every call this browser logged, newest first. */
export async function listPhoneCalls(db: KonukDb): Promise<PhoneCallRow[]> {
  const rows = await db.meta.where('key').startsWith(CALL_PREFIX).toArray();
  return rows
    .flatMap((row) => {
      const parsed = PhoneCallRow.safeParse(row.value);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => b.queuedAt.localeCompare(a.queuedAt));
}

/** Stores the call, then tries to deliver it once. `api` null: not configured, it waits. */
export async function logPhoneCall(
  db: KonukDb,
  api: Api | null,
  call: Call,
  topic: Topic | null,
  now: number,
): Promise<LogPhoneCallReply> {
  const row = await db.transaction('rw', db.meta, async () => {
    const held = await readPhoneCall(db, call.callId);
    if (held) return held;
    const fresh: PhoneCallRow = {
      callId: call.callId,
      call: PhoneCallRequest.parse(call),
      topic,
      topicSet: topic === null,
      state: 'queued',
      recordNumber: null,
      ticketId: null,
      error: null,
      queuedAt: new Date(now).toISOString(),
      attempts: 0,
    };
    await db.meta.put({ key: phoneCallKey(call.callId), value: fresh });
    return fresh;
  });
  const done = api ? await deliver(db, api, row) : row;
  return {
    ok: true,
    callId: done.callId,
    state: done.state,
    recordNumber: done.recordNumber,
    error: done.error,
  };
}

/** Delivers every waiting call, oldest first, until the API stops answering. */
export async function deliverPhoneCalls(db: KonukDb, api: Api): Promise<void> {
  const calls = await listPhoneCalls(db);
  const logged = calls.filter((row) => row.state === 'logged');
  // Logged calls are on the API; the panel only shows the latest few.
  await db.meta.bulkDelete(logged.slice(KEEP_LOGGED).map((row) => phoneCallKey(row.callId)));
  for (const row of calls.filter((call) => call.state === 'queued' || !call.topicSet).reverse()) {
    const done = await deliver(db, api, row);
    if (done.state === 'queued' || !done.topicSet) return;
  }
}

/** The call as it stands after one attempt; never throws for an unreachable API. */
async function deliver(db: KonukDb, api: Api, row: PhoneCallRow): Promise<PhoneCallRow> {
  if (row.state === 'refused') return row;
  const logged = row.state === 'logged' ? row : await post(db, api, row);
  return logged.state === 'logged' && !logged.topicSet ? setTopic(db, api, logged) : logged;
}

async function post(db: KonukDb, api: Api, row: PhoneCallRow): Promise<PhoneCallRow> {
  let answer;
  try {
    answer = await api.request('/tickets', { method: 'POST', body: row.call }, PhoneCallResponse);
  } catch (error) {
    if (!(error instanceof ApiUnavailable)) throw error;
    return save(db, { ...row, attempts: row.attempts + 1 });
  }
  if (!answer.ok) {
    return save(db, {
      ...row,
      state: 'refused',
      error: answer.rejection.message,
      attempts: row.attempts + 1,
    });
  }
  const { ticket } = answer.body;
  return db.transaction('rw', db.meta, db.tickets, async () => {
    await storeTickets(db, [ticket]);
    return save(db, {
      ...row,
      state: 'logged',
      recordNumber: ticket.recordNumber,
      ticketId: ticket.id,
      error: null,
      attempts: row.attempts + 1,
    });
  });
}

/** The agent's topic, as a label correction, so automatic relabelling keeps it. */
async function setTopic(db: KonukDb, api: Api, row: PhoneCallRow): Promise<PhoneCallRow> {
  if (row.topic === null || row.recordNumber === null) return save(db, { ...row, topicSet: true });
  let answer;
  try {
    answer = await api.request(
      `/tickets/${encodeURIComponent(row.recordNumber)}`,
      { method: 'PATCH', body: { topic: row.topic } },
      Ticket,
    );
  } catch (error) {
    if (!(error instanceof ApiUnavailable)) throw error;
    return row;
  }
  if (!answer.ok) return save(db, { ...row, topicSet: true, error: answer.rejection.message });
  const ticket = answer.body;
  return db.transaction('rw', db.meta, db.tickets, async () => {
    await storeTickets(db, [ticket]);
    return save(db, { ...row, topicSet: true });
  });
}

/**
 * Another server or hotel: a logged call is the old server's (its record number means nothing to
 * the new one) and is forgotten here; a call never logged, refused ones included, goes to the new
 * server, which gets its own say. Returns how many wait to be sent.
 */
export async function keepUnsentCalls(db: KonukDb): Promise<number> {
  const calls = await listPhoneCalls(db);
  const logged = calls.filter((row) => row.state === 'logged');
  await db.meta.bulkDelete(logged.map((row) => phoneCallKey(row.callId)));
  const unsent = calls.filter((row) => row.state !== 'logged');
  for (const row of unsent.filter((call) => call.state === 'refused')) {
    await save(db, { ...row, state: 'queued', error: null, attempts: 0 });
  }
  return unsent.length;
}

async function save(db: KonukDb, row: PhoneCallRow): Promise<PhoneCallRow> {
  await db.meta.put({ key: phoneCallKey(row.callId), value: row });
  return row;
}
