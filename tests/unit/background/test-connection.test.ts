import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TestConnectionReply } from '../../../shared/runtime-messages.ts';
import {
  contentScriptSender,
  dispatch,
  extensionPageSender,
  startHarness,
  type Harness,
} from './background-kit.ts';
import { API_URL, TOKEN } from './fake-api.ts';

let h: Harness;

beforeEach(async () => {
  fakeBrowser.reset();
  h = await startHarness({ configured: false });
});

afterEach(async () => {
  await h.stop();
});

async function test(token = TOKEN, apiUrl = API_URL) {
  return TestConnectionReply.parse(
    await dispatch({ type: 'konuk/test-connection', apiUrl, token }, extensionPageSender()),
  );
}

describe('test connection', () => {
  it('names the agent and the hotel when the address and token work', async () => {
    expect(await test()).toEqual({ ok: true, agentName: 'Ayşe', hotelName: 'Hotel Belek' });
  });

  it('says the token was not accepted', async () => {
    expect(await test('wrong-token')).toEqual({ ok: false, error: 'unauthorized' });
  });

  it('says the server does not answer, whether the network fails or the server errors', async () => {
    h.api.mode = 'down';
    expect(await test()).toEqual({ ok: false, error: 'unreachable' });
    h.api.mode = 'failing';
    expect(await test()).toEqual({ ok: false, error: 'unreachable' });
  });

  it('says the server answered something unexpected', async () => {
    // A web server that is not Konuk: /v1/me is not there.
    expect(await test(TOKEN, `${API_URL}/not-konuk`)).toEqual({ ok: false, error: 'bad_response' });
  });

  it('works from the options page opened in a tab of its own', async () => {
    const inTab = { ...contentScriptSender(), url: extensionPageSender().url };
    const reply = await dispatch({ type: 'konuk/test-connection', apiUrl: API_URL, token: TOKEN }, inTab);
    expect(reply).toMatchObject({ ok: true });
  });

  it('is refused to content scripts, so no page can probe tokens through them', async () => {
    const reply = await dispatch(
      { type: 'konuk/test-connection', apiUrl: API_URL, token: TOKEN },
      contentScriptSender(),
    );
    expect(reply.ok).toBe(false);
    expect(h.api.requests).not.toContain('/v1/me');
  });

  it('rejects an address that is not http(s)', async () => {
    const reply = await dispatch(
      { type: 'konuk/test-connection', apiUrl: 'javascript:alert(1)', token: TOKEN },
      extensionPageSender(),
    );
    expect(reply).toEqual({ ok: false, error: 'unknown or invalid request' });
  });
});
