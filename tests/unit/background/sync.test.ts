import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageKey, type CapturedMessage } from '../../../shared/message.ts';
import { StatePush } from '../../../shared/runtime-messages.ts';
import { openKonukDb } from '../../../background/db.ts';
import { storeTickets } from '../../../background/store-tickets.ts';
import { readSyncStatus } from '../../../background/sync-status.ts';
import { runSync } from '../../../background/run-sync.ts';
import { TabConversations } from '../../../background/tab-conversations.ts';
import {
  CONTENT_TAB_ID,
  contentScriptSender,
  dispatch,
  extensionPageSender,
  FakeLocks,
  guestMessage,
  queuedKeys,
  startHarness,
  type Harness,
} from './background-kit.ts';
import { FakeApi } from './fake-api.ts';

const harnesses: Harness[] = [];
const sendMessage = vi.fn(async (_tabId: number, _message: unknown): Promise<unknown> => undefined);

async function harness(options: Parameters<typeof startHarness>[0] = {}): Promise<Harness> {
  const h = await startHarness(options);
  harnesses.push(h);
  return h;
}

async function capture(h: Harness, messages: CapturedMessage[], tabId = CONTENT_TAB_ID) {
  const reply = await dispatch({ type: 'konuk/capture', messages }, contentScriptSender(tabId));
  await h.background.scheduler.idle();
  return reply;
}

beforeEach(() => {
  fakeBrowser.reset();
  sendMessage.mockReset();
  sendMessage.mockResolvedValue(undefined);
  fakeBrowser.tabs.sendMessage = sendMessage as never;
});

afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.stop();
});

describe('sync engine', () => {
  it('delivers a captured message exactly once and marks it synced with its ticket', async () => {
    const h = await harness();
    const message = guestMessage();
    await capture(h, [message]);
    await h.background.scheduler.request(true);

    const row = await h.db.messages.get(messageKey(message));
    expect(h.api.received.get(messageKey(message))).toBe(1);
    expect(row).toMatchObject({ logged: 'synced', ticketId: h.api.ticketFor(message)!.id });
    expect(await h.db.outbox.count()).toBe(0);
    expect(await h.db.tickets.get(row!.ticketId!)).toMatchObject({ recordNumber: 'K-1001', status: 'open' });
  });

  it('keeps everything through an outage, backs off, and delivers each message once afterwards', async () => {
    const h = await harness();
    h.api.mode = 'down';
    const messages = [guestMessage(), guestMessage(), guestMessage()];
    const firstFailureAt = h.clock.now;
    await capture(h, messages);

    const afterFirstFailure = await readSyncStatus(h.db);
    expect(afterFirstFailure.lastSyncError).toEqual({ code: 'unreachable' });
    expect(afterFirstFailure.backoff.nextAttemptAt).toBeGreaterThan(h.clock.now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');

    // Still inside the backoff window: the alarm does not hammer the API.
    h.api.mode = 'up';
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'konuk-sync', scheduledTime: h.clock.now });
    await h.background.scheduler.idle();
    expect(h.api.batches).toHaveLength(0);
    expect(await queuedKeys(h.db)).toHaveLength(3);

    // A 503 doubles the wait.
    h.clock.now = afterFirstFailure.backoff.nextAttemptAt;
    h.api.mode = 'failing';
    await h.background.scheduler.request();
    const afterSecondFailure = await readSyncStatus(h.db);
    expect(afterSecondFailure.lastSyncError).toEqual({ code: 'server_error', status: 503 });
    expect(afterSecondFailure.backoff.nextAttemptAt - h.clock.now).toBeGreaterThan(
      afterFirstFailure.backoff.nextAttemptAt - firstFailureAt,
    );

    h.clock.now = afterSecondFailure.backoff.nextAttemptAt;
    h.api.mode = 'up';
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'konuk-sync', scheduledTime: h.clock.now });
    await h.background.scheduler.idle();
    await h.background.scheduler.request(true);

    expect(messages.map((m) => h.api.received.get(messageKey(m)))).toEqual([1, 1, 1]);
    expect(await queuedKeys(h.db)).toEqual([]);
    const recovered = await readSyncStatus(h.db);
    expect(recovered.lastSyncError).toBeNull();
    expect(recovered.backoff.failures).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('resumes from the outbox after the worker restarts', async () => {
    const h = await harness();
    h.api.mode = 'down';
    const message = guestMessage();
    await capture(h, [message]);

    h.api.mode = 'up';
    h.clock.now = (await readSyncStatus(h.db)).backoff.nextAttemptAt;
    await h.restart();

    expect(h.api.received.get(messageKey(message))).toBe(1);
    expect((await h.db.messages.get(messageKey(message)))?.logged).toBe('synced');
  });

  it('parks a message the API refuses, with the reason, and still delivers the rest', async () => {
    const h = await harness();
    h.api.mode = 'down';
    const messages = Array.from({ length: 9 }, () => guestMessage());
    const refused = messages[5]!;
    h.api.refuse.add(messageKey(refused));
    await capture(h, messages);
    h.api.mode = 'up';
    await h.background.scheduler.request(true);

    const delivered = messages.filter((m) => m !== refused).map((m) => h.api.received.get(messageKey(m)));
    expect(delivered).toEqual(Array(8).fill(1));
    const parked = await h.db.outbox.where('key').equals(messageKey(refused)).first();
    expect(parked).toMatchObject({ state: 'parked', error: expect.stringContaining('refused') });
    expect((await h.db.messages.get(messageKey(refused)))?.logged).toBe('stored');

    // A parked message does not block later ones.
    const later = guestMessage();
    await capture(h, [later]);
    expect(h.api.received.get(messageKey(later))).toBe(1);
    expect(await readSyncStatus(h.db)).toMatchObject({ lastSyncError: null });
  });

  it('isolates a message the API keeps failing on (HTTP 500): the rest sync, it is parked after three runs', async () => {
    const h = await harness();
    h.api.mode = 'down';
    const messages = Array.from({ length: 9 }, () => guestMessage());
    const poison = messages[0]!;
    h.api.fault.add(messageKey(poison));
    await capture(h, messages);
    h.api.mode = 'up';

    await h.background.scheduler.request(true);
    const delivered = messages.filter((m) => m !== poison).map((m) => h.api.received.get(messageKey(m)));
    expect(delivered).toEqual(Array(8).fill(1));
    expect(await readSyncStatus(h.db)).toMatchObject({ lastSyncError: null });
    expect(await h.db.outbox.where('key').equals(messageKey(poison)).first()).toMatchObject({
      state: 'queued',
      attempts: 1,
    });

    // Tried again on each run (the API answers otherwise, so it is this message), then parked.
    for (const run of [2, 3]) {
      await h.background.scheduler.request(true);
      const row = await h.db.outbox.where('key').equals(messageKey(poison)).first();
      expect(row?.attempts).toBe(run);
    }
    const parked = await h.db.outbox.where('key').equals(messageKey(poison)).first();
    expect(parked).toMatchObject({ state: 'parked', error: expect.stringContaining('HTTP 500') });
    const later = guestMessage();
    await capture(h, [later]);
    expect(h.api.received.get(messageKey(later))).toBe(1);
    expect((await h.db.messages.get(messageKey(poison)))?.logged).toBe('stored');

    // The popup's retry, once the server is fixed: a page cannot ask for it, the popup can.
    h.api.fault.clear();
    await dispatch({ type: 'konuk/sync-now', retryParked: true }, contentScriptSender());
    await h.background.scheduler.idle();
    expect(h.api.received.get(messageKey(poison))).toBeUndefined();
    await dispatch({ type: 'konuk/sync-now', retryParked: true }, extensionPageSender());
    await h.background.scheduler.idle();
    expect(h.api.received.get(messageKey(poison))).toBe(1);
    expect(await h.db.outbox.count()).toBe(0);
  });

  it('backs off without blaming any message when the API fails on everything', async () => {
    const h = await harness();
    h.api.mode = 'down';
    const messages = Array.from({ length: 200 }, () => guestMessage());
    for (const m of messages) h.api.fault.add(messageKey(m));
    await capture(h, messages);
    h.api.mode = 'up';
    const before = h.api.requests.length;
    await h.background.scheduler.request(true);

    expect(h.api.requests.length - before).toBeLessThan(30);
    expect(await readSyncStatus(h.db)).toMatchObject({
      lastSyncError: { code: 'server_error', status: 500 },
    });
    const rows = await h.db.outbox.toArray();
    expect(rows.every((row) => row.state === 'queued' && row.attempts === 0)).toBe(true);
  });

  it('sends at most 200 messages per batch', async () => {
    const h = await harness();
    h.api.mode = 'down';
    await capture(
      h,
      Array.from({ length: 450 }, () => guestMessage()),
    );
    h.api.mode = 'up';
    await h.background.scheduler.request(true);

    expect(h.api.batches.map((batch) => batch.length)).toEqual([200, 200, 50]);
    expect(await h.db.outbox.count()).toBe(0);
  });

  it('does not park anything when the token is refused', async () => {
    const h = await harness();
    await h.db.settings.update('connection', { token: 'revoked' });
    const message = guestMessage();
    await capture(h, [message]);

    expect(await queuedKeys(h.db)).toEqual([messageKey(message)]);
    expect((await readSyncStatus(h.db)).lastSyncError).toEqual({ code: 'unauthorized', status: 401 });
  });

  it('pulls ticket changes page by page and continues from the saved cursor', async () => {
    const api = new FakeApi();
    const h = await harness({ api });
    const messages = Array.from({ length: 201 }, (_, i) => guestMessage({ conversationId: `chat-${i}` }));
    await capture(h, messages);
    // Another agent closes a ticket on the server.
    const closed = api.changeTicket('K-1002', { status: 'closed' });

    await h.background.scheduler.request(true);

    // Start-up (nothing yet), then two pages after the capture, then only what changed since.
    expect(api.ticketQueries.map((query) => query.get('since'))).toEqual([null, null, '200', '201']);
    expect(await h.db.tickets.get(closed.id)).toMatchObject({ status: 'closed', changeSeq: '202' });
    expect(await h.db.tickets.count()).toBe(201);
    expect((await readSyncStatus(h.db)).cursor).toBe('202');
  });

  it('does not let an older copy of a ticket overwrite a newer one', async () => {
    const h = await harness();
    const message = guestMessage();
    await capture(h, [message]);
    const resolved = h.api.changeTicket('K-1001', { status: 'resolved' });
    await h.background.scheduler.request(true);

    // The batch answer for a re-sent message carries the older changeSeq it was stored with.
    await h.db.transaction('rw', h.db.tickets, () =>
      storeTickets(h.db, [{ ...resolved, status: 'open', changeSeq: '1' }]),
    );
    expect((await h.db.tickets.get(resolved.id))?.status).toBe('resolved');
  });

  it('pushes the new state to the tab that captured the conversation, and to no other tab', async () => {
    const h = await harness();
    h.api.mode = 'down';
    const onWhatsApp = await fakeBrowser.tabs.create({ url: 'https://web.whatsapp.com/' });
    const elsewhere = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/' });
    const message = guestMessage();
    await capture(h, [message], onWhatsApp.id);
    await capture(h, [guestMessage({ channel: 'email', conversationId: 'thread-1' })], elsewhere.id);
    sendMessage.mockClear();
    h.api.mode = 'up';
    sendMessage.mockImplementation(async (tabId: number) => {
      if (tabId === elsewhere.id)
        throw new Error('Could not establish connection. Receiving end does not exist.');
    });

    await h.background.scheduler.request(true);

    const toWhatsApp = sendMessage.mock.calls.filter(([tabId]) => tabId === onWhatsApp.id);
    expect(toWhatsApp).toHaveLength(1);
    const push = StatePush.parse(toWhatsApp[0]![1]);
    expect(push.messages).toEqual([
      expect.objectContaining({ key: messageKey(message), logged: 'synced', provisionalSla: null }),
    ]);
    expect(push.tickets.map((t) => t.recordNumber)).toEqual([h.api.ticketFor(message)!.recordNumber]);
    expect(push.messages.every((state) => state.key.startsWith('whatsapp|'))).toBe(true);
  });

  it('never lets two workers drain the same outbox at once', async () => {
    const locks = new FakeLocks();
    const api = new FakeApi();
    const h = await harness({ api, locks });
    h.api.mode = 'down';
    const messages = Array.from({ length: 5 }, () => guestMessage());
    await capture(h, messages);
    h.api.mode = 'up';

    // Two contexts over the same database, e.g. a worker started while the first winds down.
    const context = () => ({
      db: openKonukDb(h.db.name),
      fetch: api.fetch,
      now: () => h.clock.now,
      random: () => 0.5,
      locks: locks.asLockManager(),
      tabs: new TabConversations(),
    });
    const [one, two] = [context(), context()];
    await Promise.all([runSync(one, true), runSync(two, true)]);
    one.db.close();
    two.db.close();

    expect(locks.maxHeld).toBe(1);
    expect(messages.map((m) => api.received.get(messageKey(m)))).toEqual([1, 1, 1, 1, 1]);
  });

  it('shows on the toolbar how many open tickets are past their SLA', async () => {
    const h = await harness();
    await capture(h, [guestMessage({ conversationId: 'a' }), guestMessage({ conversationId: 'b' })]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');

    h.clock.now += 16 * 60_000;
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'konuk-sync', scheduledTime: h.clock.now });
    await h.background.scheduler.idle();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });

  it('waits without error noise until a token is configured', async () => {
    const h = await harness({ configured: false });
    await capture(h, [guestMessage()]);

    expect(h.api.batches).toHaveLength(0);
    expect((await readSyncStatus(h.db)).lastSyncError).toEqual({ code: 'not_configured' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('sets the sync alarm so a stopped worker is woken again', async () => {
    await harness();
    expect(await fakeBrowser.alarms.get('konuk-sync')).toMatchObject({ periodInMinutes: 0.5 });
  });
});
