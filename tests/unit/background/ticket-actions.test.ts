// Ticket actions through the background: done at once when the API takes them, queued (and said
// so) when it is away, sent in order when it is back, and a 409's missing parts kept for the agent.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ApiUnavailable, type ApiClient } from '../../../background/api-client.ts';
import { openKonukDb, type KonukDb } from '../../../background/db.ts';
import {
  deliverQueuedActions,
  performTicketAction,
  readQueuedActions,
} from '../../../background/ticket-actions.ts';
import type { WorkspaceAction } from '../../../shared/runtime-messages.ts';
import { ticketFixture } from '../components/page-kit.ts';

const NOW = Date.parse('2026-11-20T10:00:00.000Z');
let db: KonukDb;

interface Sent {
  path: string;
  method: string;
  body?: unknown;
}

function fakeApi(answer: (sent: Sent) => unknown) {
  const sent: Sent[] = [];
  const api: Pick<ApiClient, 'request'> & { online: boolean; sent: Sent[] } = {
    online: true,
    sent,
    async request(path, init) {
      if (!api.online) throw new ApiUnavailable({ code: 'unreachable' });
      const call = { path, method: init.method, body: init.body };
      sent.push(call);
      return answer(call) as never;
    },
  };
  return api;
}

const ticket = ticketFixture(5, { recordNumber: 'K-1042' });
const claimed = { ...ticket, ownerName: 'Ayşe', changeSeq: '99' };
const done = () => ({ ok: true, body: claimed });

function act(action: WorkspaceAction, actionId: string = crypto.randomUUID()) {
  return { recordNumber: 'K-1042', actionId, action };
}

beforeEach(() => {
  fakeBrowser.reset();
  db = openKonukDb(`konuk-actions-${crypto.randomUUID()}`);
});
afterEach(() => db.close());

describe('ticket actions', () => {
  it('claims through POST /tickets/:rn/claim and keeps the answered ticket locally', async () => {
    const api = fakeApi(done);
    const reply = await performTicketAction(db, api, act({ kind: 'claim' }), NOW);
    expect(reply).toMatchObject({ ok: true, state: 'done', ticket: { ownerName: 'Ayşe' } });
    expect(api.sent).toEqual([{ path: '/tickets/K-1042/claim', method: 'POST', body: undefined }]);
    expect((await db.tickets.get(ticket.id))?.ticket.ownerName).toBe('Ayşe');
  });

  it('closes with PATCH {status, rootCause} and shows every missing part of a 409', async () => {
    const api = fakeApi(() => ({
      ok: false,
      rejection: {
        status: 409,
        message: 'close_requirements_missing',
        issues: [
          { path: 'closing_message', message: 'no closing message was sent' },
          { path: 'incident', message: 'a complaint needs its incident' },
        ],
      },
    }));
    const reply = await performTicketAction(
      db,
      api,
      act({ kind: 'status', status: 'closed', rootCause: 'housekeeping-late' }),
      NOW,
    );
    expect(api.sent[0]).toEqual({
      path: '/tickets/K-1042',
      method: 'PATCH',
      body: { status: 'closed', rootCause: 'housekeeping-late' },
    });
    expect(reply).toMatchObject({ ok: true, state: 'refused' });
    if (reply.ok) expect(reply.missing.map((m) => m.part)).toEqual(['closing_message', 'incident']);
    expect(await readQueuedActions(db)).toEqual([]);
  });

  it('queues actions taken offline, says so, and sends them in order once the API is back', async () => {
    const api = fakeApi(({ path }) => (path.endsWith('/notes') ? { ok: true, body: null } : done()));
    api.online = false;
    const first = await performTicketAction(db, api, act({ kind: 'claim' }), NOW);
    api.online = true;
    // Behind a waiting claim, a note waits too: the API must see them in the order they were taken.
    const second = await performTicketAction(
      db,
      api,
      act({ kind: 'note', text: 'Called housekeeping' }),
      NOW,
    );
    expect([first, second].map((r) => r.ok && r.state)).toEqual(['queued', 'queued']);
    expect(api.sent).toEqual([]);
    expect((await readQueuedActions(db, 'K-1042')).map((a) => a.action.kind)).toEqual(['claim', 'note']);

    expect(await deliverQueuedActions(db, api)).toBe(2);
    expect(api.sent.map((s) => s.path)).toEqual(['/tickets/K-1042/claim', '/tickets/K-1042/notes']);
    expect(await readQueuedActions(db)).toEqual([]);
  });

  it('keeps a queued action the API refused later, with its reason, instead of dropping it silently', async () => {
    const api = fakeApi(() => ({ ok: false, rejection: { status: 409, message: 'owned by Mehmet' } }));
    api.online = false;
    await performTicketAction(db, api, act({ kind: 'claim' }), NOW);
    api.online = true;
    await deliverQueuedActions(db, api);
    const [held] = await readQueuedActions(db);
    // One try while offline, one when it came back.
    expect(held).toMatchObject({ refused: 'owned by Mehmet', attempts: 2 });
  });

  it('takes an action queued twice with one id once', async () => {
    const api = fakeApi(done);
    api.online = false;
    const id = crypto.randomUUID();
    await performTicketAction(db, api, act({ kind: 'claim' }, id), NOW);
    await performTicketAction(db, api, act({ kind: 'claim' }, id), NOW);
    expect(await readQueuedActions(db)).toHaveLength(1);
  });

  it('marks a guest message "no reply needed" and undoes it on the message route', async () => {
    const api = fakeApi(done);
    const messageId = crypto.randomUUID();
    await performTicketAction(db, api, act({ kind: 'no_reply_needed', messageId }), NOW);
    await performTicketAction(db, api, act({ kind: 'no_reply_needed', messageId, undo: true }), NOW);
    expect(api.sent.map((s) => `${s.method} ${s.path}`)).toEqual([
      `POST /messages/${messageId}/no-reply-needed`,
      `DELETE /messages/${messageId}/no-reply-needed`,
    ]);
  });
});
