// A phone call logged from the side panel is stored before anything is sent: online it gets its
// record number at once, offline it waits and gets it when the API is back, and sending it again
// never logs it twice. The agent's topic ends up on the ticket as a label correction.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LogPhoneCallRequest } from '../../../shared/runtime-messages.ts';
import { listPhoneCalls, readPhoneCall } from '../../../background/phone-calls.ts';
import {
  contentScriptSender,
  dispatch,
  extensionPageSender,
  startHarness,
  type Harness,
} from '../background/background-kit.ts';
import { IssueFourApi } from '../health/issue-four-api.ts';

let api: IssueFourApi;
let h: Harness;

function call(
  over: Partial<LogPhoneCallRequest['call']> = {},
  topic?: LogPhoneCallRequest['topic'],
): LogPhoneCallRequest {
  return {
    type: 'konuk/log-phone-call',
    call: {
      channel: 'phone',
      direction: 'inbound',
      callId: crypto.randomUUID(),
      guestName: 'Oleg Petrov',
      guestPhone: '0532 123 45 67',
      text: 'Можно ли заказать трансфер из аэропорта?',
      ...over,
    },
    ...(topic ? { topic } : {}),
  };
}

beforeEach(async () => {
  fakeBrowser.reset();
  api = new IssueFourApi();
  h = await startHarness({ api });
});
afterEach(async () => {
  await h.stop();
});

describe('logging a phone call', () => {
  it('gives the record number at once and keeps the ticket for the popup', async () => {
    const request = call();
    const reply = await dispatch(request, extensionPageSender());
    expect(reply).toEqual({
      ok: true,
      callId: request.call.callId,
      state: 'logged',
      recordNumber: 'K-5001',
      error: null,
    });
    expect(api.calls).toHaveLength(1);
    expect((await h.db.tickets.where('recordNumber').equals('K-5001').first())?.ticket.guestName).toBe(
      'Oleg Petrov',
    );
  });

  it('keeps a call made while offline and gives it its record number when the API is back', async () => {
    api.mode = 'down';
    const request = call();
    expect(await dispatch(request, extensionPageSender())).toMatchObject({
      state: 'queued',
      recordNumber: null,
    });
    await h.restart();
    expect((await readPhoneCall(h.db, request.call.callId))?.state).toBe('queued');
    api.mode = 'up';
    await h.background.services.tick();
    expect(await readPhoneCall(h.db, request.call.callId)).toMatchObject({
      state: 'logged',
      recordNumber: 'K-5001',
    });
    expect(api.calls.map((c) => c.callId)).toEqual([request.call.callId]);
  });

  it('logs a call sent twice once', async () => {
    const request = call();
    await dispatch(request, extensionPageSender());
    const again = await dispatch(request, extensionPageSender());
    expect(again.recordNumber).toBe('K-5001');
    expect(api.calls).toHaveLength(1);
    expect(await listPhoneCalls(h.db)).toHaveLength(1);
  });

  it('sets the topic the agent chose on the ticket, also when the call waited offline', async () => {
    api.mode = 'down';
    const request = call({}, 'cancellation');
    await dispatch(request, extensionPageSender());
    api.mode = 'up';
    await h.background.services.tick();
    expect(api.patches).toEqual([{ recordNumber: 'K-5001', body: { topic: 'cancellation' } }]);
    expect(api.phoneTicket('K-5001')?.topic).toBe('cancellation');
    expect((await h.db.tickets.where('recordNumber').equals('K-5001').first())?.ticket.topic).toBe(
      'cancellation',
    );
  });

  it('says why when the API refuses the call, and does not send it again', async () => {
    const request = call({ guestPhone: 'not a number' });
    const reply = await dispatch(request, extensionPageSender());
    expect(reply).toMatchObject({ state: 'refused', error: 'guestPhone is not a phone number' });
    await h.background.services.tick();
    expect(api.callAttempts).toHaveLength(1);
  });

  it('takes calls from extension pages only', async () => {
    expect(await dispatch(call(), contentScriptSender())).toEqual({
      ok: false,
      error: 'phone calls are logged from the side panel',
    });
  });
});
