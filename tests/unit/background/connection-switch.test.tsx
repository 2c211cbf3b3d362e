// Pointing the extension at another server, or at another hotel on the same one, is a clean
// switch: what the old server confirmed stays with it, what it never confirmed goes to the new
// one, nothing doubles and no ticket of the wrong hotel is shown. Before, the old server's
// tickets stayed under record numbers the new server gives out again: every write failed on the
// unique index, badges stayed "syncing" and the popup showed ghosts.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageKey, type CapturedMessage } from '../../../shared/message.ts';
import { SyncNowReply } from '../../../shared/runtime-messages.ts';
import { saveSettings } from '../../../background/settings.ts';
import { OptionsForm } from '../../../components/options-form.tsx';
import { createPageApi } from '../../../components/page-api.ts';
import { storeTickets } from '../../../background/store-tickets.ts';
import { performTicketAction, readQueuedActions } from '../../../background/ticket-actions.ts';
import {
  contentScriptSender,
  dispatch,
  extensionPageSender,
  guestMessage,
  startHarness,
  type Harness,
} from './background-kit.ts';
import { API_URL, FakeApi, TOKEN } from './fake-api.ts';
import { click, renderPage, type, unmount, useEnglish } from '../components/page-kit.ts';

const OTHER_URL = 'https://konuk.side-palace.example';

let h: Harness;
let a: FakeApi;
let b: FakeApi;
/** Another hotel on a's server, signed in with its own token. */
let c: FakeApi;

/** The servers as the browser's one fetch reaches them: by origin, and on a's by token. */
function twoServers(): FakeApi {
  const router = new FakeApi();
  const serverOf = (input: string, init?: RequestInit) => {
    if (input.startsWith(OTHER_URL)) return b;
    return new Headers(init?.headers).get('authorization') === `Bearer ${c.token}` ? c : a;
  };
  return Object.assign(router, {
    fetch: (input: string, init?: RequestInit) => serverOf(input, init).fetch(input, init),
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.tabs.sendMessage = vi.fn(async () => undefined) as never;
  a = new FakeApi();
  b = new FakeApi();
  b.hotel = { id: crypto.randomUUID(), name: 'Side Palace', timeZone: 'Europe/Istanbul' };
  c = new FakeApi();
  c.token = 'other-hotel-token';
  c.hotel = { id: crypto.randomUUID(), name: 'Kemer Beach', timeZone: 'Europe/Istanbul' };
});

afterEach(async () => {
  await h.stop();
});

async function capture(...messages: CapturedMessage[]): Promise<void> {
  await dispatch({ type: 'konuk/capture', messages }, contentScriptSender());
  await h.background.scheduler.idle();
}

async function connectTo(apiUrl: string, token = TOKEN): Promise<SyncNowReply['switched']> {
  await saveSettings(h.db, { apiUrl, token });
  const reply = SyncNowReply.parse(
    await dispatch({ type: 'konuk/sync-now', reportSwitch: true }, extensionPageSender()),
  );
  return reply.switched ?? null;
}

const ticketsShown = async () => (await h.db.tickets.toArray()).map((row) => row.ticket.conversationId);

describe('a change of server', () => {
  it('sends what the old server never confirmed to the new one, once, and shows none of the old tickets', async () => {
    h = await startHarness({ api: twoServers() });
    const confirmed = [
      guestMessage({ conversationId: 'chat-anna' }),
      guestMessage({ conversationId: 'chat-omer' }),
    ];
    await capture(...confirmed);
    const refused = guestMessage({ conversationId: 'chat-refused' });
    a.refuse.add(messageKey(refused));
    await capture(refused);
    a.mode = 'down';
    const unsent = guestMessage({ conversationId: 'chat-late' });
    await capture(unsent);
    expect(await ticketsShown()).toEqual(expect.arrayContaining(['chat-anna', 'chat-omer']));
    expect((await h.db.outbox.toArray()).map((row) => row.state).sort()).toEqual(['parked', 'queued']);

    const switched = await connectTo(OTHER_URL);

    expect(switched).toEqual({
      at: expect.any(String),
      from: new URL(API_URL).origin,
      to: OTHER_URL,
      hotelName: 'Side Palace',
      pending: 2,
      droppedTickets: 2,
      droppedActions: 0,
    });
    // The new server got the two messages the old one never took, each once; the old server
    // got nothing more; the new server gives out the same record numbers without a clash.
    expect([...b.received.entries()].sort()).toEqual(
      [
        [messageKey(refused), 1],
        [messageKey(unsent), 1],
      ].sort(),
    );
    expect([...a.received.keys()].sort()).toEqual(confirmed.map(messageKey).sort());
    expect((await ticketsShown()).sort()).toEqual(['chat-late', 'chat-refused']);
    expect(await h.db.outbox.count()).toBe(0);
    // The old server's confirmed messages are its own: not kept here, not sent again.
    expect(await h.db.messages.get(messageKey(confirmed[0]!))).toBeUndefined();
    expect(await h.db.messages.get(messageKey(unsent))).toMatchObject({
      logged: 'synced',
      ticketId: b.ticketFor(unsent)!.id,
    });

    // Told once; the next sync with the same server is no switch.
    expect(await connectTo(OTHER_URL)).toBeNull();
    await capture(guestMessage({ conversationId: 'chat-late' }));
    expect((await ticketsShown()).sort()).toEqual(['chat-late', 'chat-refused']);
  });

  it('switches at once while the new server is down, sends nothing until it answers, then names its hotel', async () => {
    h = await startHarness({ api: twoServers() });
    await capture(guestMessage({ conversationId: 'chat-anna' }));
    b.mode = 'down';
    const unsent = guestMessage({ conversationId: 'chat-late' });
    a.mode = 'down';
    await capture(unsent);

    const switched = await connectTo(OTHER_URL);
    expect(switched).toMatchObject({ hotelName: null, pending: 1, droppedTickets: 1 });
    expect(await ticketsShown()).toEqual([]);
    expect(await h.db.outbox.count()).toBe(1);

    b.mode = 'up';
    await h.background.scheduler.request(true);
    expect(b.received.get(messageKey(unsent))).toBe(1);
    expect(await ticketsShown()).toEqual(['chat-late']);
  });

  it('drops ticket changes queued against the old server’s record numbers, and says so', async () => {
    h = await startHarness({ api: twoServers() });
    await capture(guestMessage({ conversationId: 'chat-anna' }));
    const [ticket] = await h.db.tickets.toArray();
    await performTicketAction(
      h.db,
      null,
      { recordNumber: ticket!.recordNumber, actionId: crypto.randomUUID(), action: { kind: 'claim' } },
      Date.now(),
    );
    expect(await readQueuedActions(h.db)).toHaveLength(1);

    const switched = await connectTo(OTHER_URL);
    expect(switched).toMatchObject({ droppedActions: 1, droppedTickets: 1, pending: 0 });
    expect(await readQueuedActions(h.db)).toEqual([]);
  });
});

describe('a change of token on the same server', () => {
  it('keeps everything for another agent of the same hotel, and switches for another hotel', async () => {
    h = await startHarness({ api: twoServers() });
    await capture(guestMessage({ conversationId: 'chat-anna' }));

    a.token = 'colleague-token';
    expect(await connectTo(API_URL, 'colleague-token')).toBeNull();
    expect(await ticketsShown()).toEqual(['chat-anna']);

    const switched = await connectTo(API_URL, 'other-hotel-token');
    expect(switched).toMatchObject({ hotelName: 'Kemer Beach', droppedTickets: 1, pending: 0 });
    expect(switched!.from).toBe(switched!.to);
    expect(await ticketsShown()).toEqual([]);
  });

  it('sends nothing with a new token before the server has said which hotel it is', async () => {
    h = await startHarness({ api: twoServers() });
    await capture(guestMessage({ conversationId: 'chat-anna' }));
    a.mode = 'down';
    c.mode = 'down';
    await capture(guestMessage({ conversationId: 'chat-late' }));
    expect(await connectTo(API_URL, c.token)).toBeNull();
    // Still the old hotel's until the server answers: nothing of the new one mixed in.
    expect(await ticketsShown()).toEqual(['chat-anna']);
    expect(c.batches).toEqual([]);

    c.mode = 'up';
    await h.background.scheduler.request(true);
    expect(await ticketsShown()).toEqual(['chat-late']);
    expect(c.batches).toHaveLength(1);
  });
});

describe('the local ticket copy', () => {
  it('lets a ticket take a record number an older copy still held under another id', async () => {
    h = await startHarness({ api: twoServers() });
    await capture(guestMessage({ conversationId: 'chat-anna' }));
    const [held] = await h.db.tickets.toArray();
    const newcomer = { ...held!.ticket, id: crypto.randomUUID(), conversationId: 'chat-other' };
    await h.db.transaction('rw', h.db.tickets, () => storeTickets(h.db, [newcomer]));
    expect(await ticketsShown()).toEqual(['chat-other']);
  });

  it('takes a store from before switches were known to be the saved connection’s', async () => {
    h = await startHarness({ api: twoServers() });
    await capture(guestMessage({ conversationId: 'chat-anna' }));
    await h.db.meta.delete('connection-scope');
    await h.background.scheduler.request(true);
    expect(await ticketsShown()).toEqual(['chat-anna']);
  });
});

describe('the options page', () => {
  it('says what the switch did when Save points Konuk at another server', async () => {
    useEnglish();
    fakeBrowser.permissions.request = (async () => true) as never;
    fakeBrowser.runtime.sendMessage = ((message: unknown) =>
      dispatch(message, extensionPageSender())) as never;
    h = await startHarness({ api: twoServers() });
    await capture(guestMessage({ conversationId: 'chat-anna' }));
    a.mode = 'down';
    await capture(guestMessage({ conversationId: 'chat-late' }));

    const root = await renderPage(<OptionsForm api={createPageApi(h.db)} />);
    const byTestId = (id: string) => root.querySelector<HTMLInputElement>(`[data-testid="${id}"]`)!;
    await vi.waitFor(() => expect(byTestId('api-url').value).toBe(API_URL));
    await type(byTestId('api-url'), OTHER_URL);
    await click(byTestId('save'));

    await vi.waitFor(() =>
      expect(byTestId('switch-result').textContent).toBe(
        `Switched to Side Palace at ${OTHER_URL}: 1 message not yet sent will go to the new server; ` +
          '1 ticket of the old server is no longer shown.',
      ),
    );
    expect(await ticketsShown()).toEqual(['chat-late']);
    await unmount(root);
  });
});
