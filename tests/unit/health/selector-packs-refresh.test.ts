// The background keeps the hotel's newest valid selector pack per platform and hands it to the
// platform's content script; a refused pack leaves the last good one in use and is reported.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BOOKING_SELECTORS } from '../../../content-scripts/booking/booking-selectors.ts';
import type { SelectorPack } from '../../../shared/api-contract.ts';
import {
  contentScriptSender,
  dispatch,
  extensionPageSender,
  startHarness,
  type Harness,
} from '../background/background-kit.ts';
import { IssueFourApi } from './issue-four-api.ts';
import { fixedBookingSelectors } from './changed-booking-page.ts';

let api: IssueFourApi;
let h: Harness;
const pushes: { tabId: number; message: unknown }[] = [];

function pack(
  version: string,
  updatedAt: string,
  selectors: Record<string, unknown> = fixedBookingSelectors(),
): SelectorPack {
  return { platform: 'booking', version, updatedAt, selectors } as SelectorPack;
}

async function askForPack(refresh = false) {
  return dispatch({ type: 'konuk/selector-pack', platform: 'booking', refresh }, contentScriptSender());
}

beforeEach(async () => {
  fakeBrowser.reset();
  pushes.length = 0;
  fakeBrowser.tabs.query = (async () => [{ id: 7 }, { id: 8 }]) as never;
  fakeBrowser.tabs.sendMessage = (async (tabId: number, message: unknown) => {
    pushes.push({ tabId, message });
  }) as never;
  api = new IssueFourApi();
  api.packs = [pack('2027-02-01', '2027-02-01T09:00:00.000Z')];
  h = await startHarness({ api });
  await h.background.services.tick();
});
afterEach(async () => {
  await h.stop();
  vi.restoreAllMocks();
});

describe('selector packs from the API', () => {
  it('answers a content script with the newest valid pack, checked against the adapter’s schema', async () => {
    const reply = await askForPack();
    expect(reply).toEqual({ ok: true, pack: { version: '2027-02-01', selectors: fixedBookingSelectors() } });
    expect(await dispatch({ type: 'konuk/selector-pack', platform: 'gmail' }, contentScriptSender())).toEqual(
      {
        ok: true,
        pack: null,
      },
    );
  });

  it('tells every open tab about a pack it did not have', () => {
    expect(pushes.map((push) => push.tabId)).toEqual([7, 8]);
    expect(pushes[0]!.message).toMatchObject({
      type: 'konuk/selector-pack-update',
      platform: 'booking',
      pack: { version: '2027-02-01' },
    });
  });

  it('keeps the last good pack when a newer one has invalid CSS, and reports the refusal', async () => {
    api.packs = [
      pack('2027-03-01', '2027-03-01T09:00:00.000Z', { ...BOOKING_SELECTORS, message: ['article['] }),
    ];
    h.clock.now += 11_000;
    const reply = await askForPack(true);
    expect(reply.pack.version).toBe('2027-02-01');
    await h.background.services.health.flush();
    expect(api.healthReports).toEqual([
      expect.objectContaining({
        platform: 'booking',
        ok: true,
        problem: expect.stringMatching(/^selector pack 2027-03-01 refused: message\.0: /),
      }),
    ]);
  });

  it('never goes back to an older pack the API still serves', async () => {
    api.packs = [pack('2026-12-01', '2026-12-01T09:00:00.000Z')];
    h.clock.now += 11_000;
    expect((await askForPack(true)).pack.version).toBe('2027-02-01');
  });

  it('asks the API again at most every ten seconds, however often a page asks', async () => {
    const before = api.requests.filter((path) => path === '/v1/selector-packs').length;
    for (let i = 0; i < 5; i += 1) await askForPack(true);
    expect(api.requests.filter((path) => path === '/v1/selector-packs').length).toBe(before);
    h.clock.now += 11_000;
    await askForPack(true);
    expect(api.requests.filter((path) => path === '/v1/selector-packs').length).toBe(before + 1);
  });

  it('keeps serving the cached pack while the API is down', async () => {
    api.mode = 'down';
    h.clock.now += 11_000;
    expect((await askForPack(true)).pack.version).toBe('2027-02-01');
  });

  it('gives packs to content scripts only', async () => {
    expect(
      await dispatch({ type: 'konuk/selector-pack', platform: 'booking' }, extensionPageSender()),
    ).toEqual({
      ok: false,
      error: 'selector packs are for content scripts',
    });
  });
});
