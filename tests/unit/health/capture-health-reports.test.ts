// What the background does when a page reports that Konuk cannot read it: the tab's toolbar
// badge says so, and the platform's state reaches the API (host only, never the page's path),
// in order, also after an outage. Reading again clears the badge and is reported too.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import type { PageHealthReport } from '../../../shared/runtime-messages.ts';
import { UNREADABLE_BADGE } from '../../../background/capture-health.ts';
import { contentScriptSender, dispatch, startHarness, type Harness } from '../background/background-kit.ts';
import { IssueFourApi } from './issue-four-api.ts';

let api: IssueFourApi;
let h: Harness;

function bookingTab(tabId: number): Browser.runtime.MessageSender {
  return {
    ...contentScriptSender(tabId),
    url: 'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=1&ses=secret',
  };
}

function report(readable: boolean): PageHealthReport {
  return {
    type: 'konuk/page-health',
    platform: 'booking',
    readable,
    ...(readable ? {} : { problem: 'no_messages_read' as const }),
    packVersion: 'built-in',
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

describe('a page Konuk cannot read, seen from the background', () => {
  it('puts "?" on that tab’s toolbar badge and reports the platform to the API, host only', async () => {
    expect(await dispatch(report(false), bookingTab(7))).toEqual({ ok: true });
    await h.background.services.health.flush();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe(UNREADABLE_BADGE.text);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
    expect(api.healthReports).toEqual([
      {
        platform: 'booking',
        ok: false,
        problem: 'no_messages_read; selector pack built-in',
        pageUrlHost: 'admin.booking.com',
      },
    ]);
  });

  it('clears the badge and reports the platform readable again', async () => {
    await dispatch(report(false), bookingTab(7));
    await dispatch(report(true), bookingTab(7));
    await h.background.services.health.flush();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    expect(api.healthReports.map((r) => r.ok)).toEqual([false, true]);
  });

  it('reports a platform once while several of its tabs cannot be read', async () => {
    await dispatch(report(false), bookingTab(7));
    await dispatch(report(false), bookingTab(8));
    await dispatch(report(true), bookingTab(8));
    await h.background.services.health.flush();
    expect(api.healthReports.map((r) => r.ok)).toEqual([false]);
  });

  it('keeps the reports through an outage and sends them in order when the API is back', async () => {
    api.mode = 'down';
    await dispatch(report(false), bookingTab(7));
    await dispatch(report(true), bookingTab(7));
    await h.background.services.health.flush();
    expect(api.healthReports).toEqual([]);
    await h.restart();
    api.mode = 'up';
    await h.background.services.tick();
    expect(api.healthReports.map((r) => r.ok)).toEqual([false, true]);
  });

  it('takes page health from content scripts only', async () => {
    const fromPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
    expect(await dispatch(report(false), fromPage)).toEqual({
      ok: false,
      error: 'page health comes from content scripts',
    });
  });
});
