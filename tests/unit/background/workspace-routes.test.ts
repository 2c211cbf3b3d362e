// The background's workspace routes: only extension pages act on tickets (a platform page, through
// a content script, cannot), and what waits is listed for the workspace.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TicketActionReply } from '../../../shared/runtime-messages.ts';
import {
  contentScriptSender,
  dispatch,
  extensionPageSender,
  startHarness,
  type Harness,
} from './background-kit.ts';

let harness: Harness;

beforeEach(async () => {
  fakeBrowser.reset();
  harness = await startHarness({ configured: false });
});
afterEach(() => harness.stop());

const claim = {
  type: 'konuk/ticket-action',
  recordNumber: 'K-1042',
  actionId: crypto.randomUUID(),
  action: { kind: 'claim' },
};

describe('workspace routes', () => {
  it('refuses a ticket action from a content script and changes nothing', async () => {
    const reply = await dispatch(claim, contentScriptSender());
    expect(reply).toEqual({ ok: false, error: 'tickets are worked from the extension' });
    expect(await dispatch({ type: 'konuk/queued-ticket-actions' }, extensionPageSender())).toEqual({
      ok: true,
      actions: [],
    });
  });

  it('keeps an action taken before the extension is connected, and lists it as waiting', async () => {
    const reply = TicketActionReply.parse(await dispatch(claim, extensionPageSender()));
    expect(reply).toMatchObject({ ok: true, state: 'queued' });
    const waiting = await dispatch(
      { type: 'konuk/queued-ticket-actions', recordNumber: 'K-1042' },
      extensionPageSender(),
    );
    expect(waiting.actions).toHaveLength(1);
  });

  it('refuses a malformed action (a close with a made-up root cause id) before anything is kept', async () => {
    const reply = await dispatch(
      {
        ...claim,
        actionId: crypto.randomUUID(),
        action: { kind: 'status', status: 'closed', rootCause: 'NOT ok!' },
      },
      extensionPageSender(),
    );
    expect(reply).toEqual({ ok: false, error: 'unknown or invalid request' });
  });
});
