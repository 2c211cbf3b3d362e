// The capture controller on a Booking.com page whose markup changed so no message is read: the
// page says so in a banner (shadow root, the agent's language), the background hears it, and a
// selector pack from the API makes the page readable again without a new release.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startCapture } from '../../../content-scripts/capture-controller.ts';
import { bookingAdapter, createBookingAdapter } from '../../../content-scripts/booking/booking-adapter.ts';
import { BookingSelectors } from '../../../content-scripts/booking/booking-selectors.ts';
import { packSupport } from '../../../content-scripts/selector-packs.ts';
import type {
  PageHealthReport,
  RemoteSelectorPack,
  SelectorPackPush,
} from '../../../shared/runtime-messages.ts';
import { fakeBackground, storedReply, useEnglishMessages } from '../content-scripts/fake-extension.ts';
import { pageWindow } from '../content-scripts/fixture-page.ts';
import {
  BOOKING_URL,
  changedBookingPage,
  FIXED_PACK_VERSION,
  fixedBookingSelectors,
} from './changed-booking-page.ts';

const FIXED: RemoteSelectorPack = { version: FIXED_PACK_VERSION, selectors: fixedBookingSelectors() };

let ctx: ContentScriptContext;
let served: RemoteSelectorPack | null;
let packRequests: { refresh?: boolean }[];
let health: PageHealthReport[];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'] });
  fakeBrowser.reset();
  useEnglishMessages();
  served = null;
  packRequests = [];
  health = [];
  // The background's side of selector packs and page health.
  fakeBrowser.runtime.onMessage.addListener((message: any) => {
    if (message?.type === 'konuk/page-health') health.push(message);
    if (message?.type !== 'konuk/selector-pack') return undefined;
    packRequests.push({ refresh: message.refresh });
    return Promise.resolve({ ok: true, pack: served });
  });
  ctx = new ContentScriptContext('health-test');
});
afterEach(() => {
  ctx.notifyInvalidated();
  vi.clearAllTimers();
  vi.useRealTimers();
});

function openChangedPage() {
  const html = changedBookingPage();
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const scripts = [...parsed.querySelectorAll('script')].map((script) => {
    script.remove();
    return script.textContent ?? '';
  });
  pageWindow.happyDOM?.setURL(BOOKING_URL);
  document.body.replaceChildren(
    ...[...parsed.body.childNodes].map((node) => document.importNode(node, true)),
  );
  new Function(scripts.join('\n'))();
  const background = fakeBackground(storedReply);
  startCapture(bookingAdapter, ctx, packSupport(BookingSelectors, createBookingAdapter));
  return background;
}

function banner(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-konuk-health-banner]');
}
const bannerText = () => banner()?.shadowRoot?.textContent ?? '';

describe('a page Konuk cannot read', () => {
  it('shows "Konuk cannot read this page" five seconds after the conversation opened, and reports it', async () => {
    const background = openChangedPage();
    await vi.advanceTimersByTimeAsync(4_000);
    expect(banner()).toBeNull();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(bannerText()).toContain('Konuk cannot read this page');
    expect(bannerText()).toContain('Selector pack: built-in');
    expect(banner()!.shadowRoot).not.toBeNull();
    expect(health).toEqual([
      {
        type: 'konuk/page-health',
        platform: 'booking',
        readable: false,
        problem: 'no_messages_read',
        packVersion: 'built-in',
      },
    ]);
    expect(background.requests).toEqual([]);
  });

  it('reads the page with a pack the background announces, and the banner goes away', async () => {
    const background = openChangedPage();
    await vi.advanceTimersByTimeAsync(6_000);
    expect(banner()).not.toBeNull();

    const push: SelectorPackPush = { type: 'konuk/selector-pack-update', platform: 'booking', pack: FIXED };
    await fakeBrowser.runtime.onMessage.trigger(push, {});
    await vi.advanceTimersByTimeAsync(1_000);

    expect(banner()).toBeNull();
    expect(background.requests.flatMap((r) => r.messages.map((m) => m.platformMessageId))).toEqual([
      'msg-8f3a2c10e4',
      'msg-8f3a2c1102',
      'msg-8f3a2c1133',
      'msg-8f3a2c1140',
    ]);
    expect(health.at(-1)).toMatchObject({ readable: true, packVersion: FIXED_PACK_VERSION });
  });

  it('looks for a newer pack when the agent asks from the banner', async () => {
    openChangedPage();
    await vi.advanceTimersByTimeAsync(6_000);
    served = FIXED;
    const button = banner()!.shadowRoot!.querySelector('button')!;
    button.click();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(packRequests.at(-1)).toEqual({ refresh: true });
    expect(banner()).toBeNull();
    expect(document.querySelectorAll('[data-konuk-badge]')).toHaveLength(3);
  });

  it('says so when the agent asks and there is no newer pack, and keeps the banner', async () => {
    openChangedPage();
    await vi.advanceTimersByTimeAsync(6_000);
    banner()!.shadowRoot!.querySelector('button')!.click();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(bannerText()).toContain('No newer selector pack yet.');
  });

  it('reads with the API’s pack from the first scan when the background has one', async () => {
    served = FIXED;
    const background = openChangedPage();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(banner()).toBeNull();
    expect(background.requests[0]!.messages).toHaveLength(4);
    expect(health).toEqual([expect.objectContaining({ readable: true, packVersion: FIXED_PACK_VERSION })]);
  });

  it('keeps the built-in pack when the pack it is given does not hold up in the browser', async () => {
    served = { version: 'broken', selectors: { ...fixedBookingSelectors(), message: ['[data-test-id='] } };
    openChangedPage();
    await vi.advanceTimersByTimeAsync(6_000);
    expect(bannerText()).toContain('Selector pack: built-in');
  });
});
