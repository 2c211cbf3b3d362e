import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageKey } from '../../../shared/message.ts';
import { CaptureReply } from '../../../shared/runtime-messages.ts';
import { openKonukDb } from '../../../background/db.ts';
import {
  contentScriptSender,
  dispatch,
  extensionPageSender,
  guestMessage,
  queuedKeys,
  startHarness,
  type Harness,
} from './background-kit.ts';

let h: Harness;

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.tabs.sendMessage = vi.fn(async () => undefined) as never;
  h = await startHarness();
  h.api.mode = 'down';
});

afterEach(async () => {
  await h.stop();
});

describe('capture handler', () => {
  it('has the message saved and queued before it answers', async () => {
    const message = guestMessage();
    const reply = CaptureReply.parse(
      await dispatch({ type: 'konuk/capture', messages: [message] }, contentScriptSender()),
    );

    // A second connection, like the popup's, already sees both rows when the reply arrives.
    const other = openKonukDb(h.db.name);
    const stored = await other.messages.get(messageKey(message));
    const queued = await other.outbox.where('key').equals(messageKey(message)).count();
    other.close();

    expect(reply).toMatchObject({ ok: true, messages: [{ key: messageKey(message), logged: 'stored' }] });
    expect(stored?.message.text).toBe(message.text);
    expect(queued).toBe(1);
  });

  it('gives a message whose ticket is not known yet a provisional SLA from the default policy', async () => {
    const message = guestMessage({ sentAt: '2026-07-01T10:00:00.000Z' });
    const reply = await dispatch({ type: 'konuk/capture', messages: [message] }, contentScriptSender());

    expect(reply.messages[0].ticketId).toBeNull();
    expect(reply.messages[0].provisionalSla).toMatchObject({
      kind: 'first_response',
      startedAt: '2026-07-01T10:00:00.000Z',
      dueAt: '2026-07-01T10:15:00.000Z',
    });
  });

  it('does not queue a message twice when it is captured again', async () => {
    const message = guestMessage();
    await dispatch({ type: 'konuk/capture', messages: [message, message] }, contentScriptSender());
    const again = await dispatch({ type: 'konuk/capture', messages: [message] }, contentScriptSender());

    expect(again.ok).toBe(true);
    expect(await queuedKeys(h.db)).toEqual([messageKey(message)]);
    expect(await h.db.messages.count()).toBe(1);
  });

  it('saves the valid messages of a request and names the invalid one without echoing its text', async () => {
    const good = guestMessage();
    const bad = { ...guestMessage(), channel: 'telegram', text: 'secret guest words' };
    const reply = await dispatch({ type: 'konuk/capture', messages: [good, bad] }, contentScriptSender());

    expect(reply.ok).toBe(false);
    expect(reply.error).toContain('messages[1]');
    expect(reply.error).toContain('channel');
    expect(reply.error).not.toContain('secret guest words');
    expect(await queuedKeys(h.db)).toEqual([messageKey(good)]);
    // The tab still learns the good message is saved.
    await vi.waitFor(() =>
      expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(
        7,
        expect.objectContaining({
          type: 'konuk/state',
          messages: [expect.objectContaining({ key: messageKey(good) })],
        }),
      ),
    );
  });

  it('rejects a request that is not a capture at all', async () => {
    const reply = await dispatch({ type: 'konuk/capture', messages: [] }, contentScriptSender());
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('invalid capture request') });
  });

  it('accepts captures only from this extension’s content scripts', async () => {
    const message = { type: 'konuk/capture', messages: [guestMessage()] };
    const fromPage = await dispatch(message, extensionPageSender());
    const fromPageInTab = await dispatch(message, {
      ...contentScriptSender(),
      url: extensionPageSender().url,
    });
    const fromOtherExtension = await dispatch(message, { ...contentScriptSender(), id: 'someone-else' });

    expect(fromPage.ok).toBe(false);
    expect(fromPageInTab.ok).toBe(false);
    expect(fromOtherExtension.ok).toBe(false);
    expect(await h.db.messages.count()).toBe(0);
  });

  it('answers with an error and keeps neither row when the transaction fails', async () => {
    const refuseOutbox = () => {
      throw new Error('disk full');
    };
    h.db.outbox.hook('creating', refuseOutbox);
    const reply = await dispatch(
      { type: 'konuk/capture', messages: [guestMessage()] },
      contentScriptSender(),
    );
    h.db.outbox.hook('creating').unsubscribe(refuseOutbox);

    expect(reply.ok).toBe(false);
    expect(await h.db.messages.count()).toBe(0);
  });

  it('answers unknown and malformed requests with an error', async () => {
    expect(await dispatch({ type: 'konuk/nope' }, contentScriptSender())).toMatchObject({ ok: false });
    expect(await dispatch('hello', contentScriptSender())).toMatchObject({ ok: false });
    expect(
      await dispatch({ type: 'konuk/health', platform: 'x'.repeat(51), ok: true }, contentScriptSender()),
    ).toMatchObject({ ok: false });
  });

  it('records a health report from a content script', async () => {
    const reply = await dispatch(
      { type: 'konuk/health', platform: 'whatsapp', ok: false, problem: 'message list not found' },
      contentScriptSender(),
    );
    expect(reply).toEqual({ ok: true });
    expect((await h.db.meta.get('health|whatsapp'))?.value).toMatchObject({
      ok: false,
      problem: 'message list not found',
    });
  });
});
