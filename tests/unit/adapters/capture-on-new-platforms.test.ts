// The capture controller on each new platform's fixture page: what is on the page is sent once,
// only guest messages get a badge, a new guest message and another conversation are picked up,
// and the page never reports that it cannot be read.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startCapture } from '../../../content-scripts/capture-controller.ts';
import type { PlatformAdapter } from '../../../content-scripts/platform-adapter.ts';
import { airbnbAdapter } from '../../../content-scripts/airbnb/airbnb-adapter.ts';
import { bookingAdapter } from '../../../content-scripts/booking/booking-adapter.ts';
import { expediaAdapter } from '../../../content-scripts/expedia/expedia-adapter.ts';
import { instagramAdapter } from '../../../content-scripts/instagram/instagram-adapter.ts';
import { messengerAdapter } from '../../../content-scripts/messenger/messenger-adapter.ts';
import { businessSuiteAdapter } from '../../../content-scripts/messenger/business-suite-adapter.ts';
import { loadFixture, pageWindow } from '../content-scripts/fixture-page.ts';
import { fakeBackground, storedReply, useEnglishMessages } from '../content-scripts/fake-extension.ts';

interface Platform {
  adapter: PlatformAdapter;
  fixture: string;
  url: string;
  /** Directions of the messages on the page as loaded. */
  directions: string[];
  other: string;
}

const platforms: Record<string, Platform> = {
  booking: {
    adapter: bookingAdapter,
    fixture: 'booking/booking-extranet-messaging-2026-11.html',
    url: 'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=1234567&ses=x1',
    directions: ['inbound', 'outbound', 'inbound', 'inbound'],
    other: 'c2e8a9f0-1b3d-4c5e-8f7a-6d9b0c1e2f34',
  },
  expedia: {
    adapter: expediaAdapter,
    fixture: 'expedia/expedia-partner-central-2026-11.html',
    url: 'https://apps.expediapartnercentral.com/lodging/conversations/messageCenter.html?htid=12345678&cid=5c1f0a7e-3b2d-4e9a-8f61-0d2c4b6a8e13',
    directions: ['inbound', 'outbound', 'inbound', 'inbound', 'inbound'],
    other: '7e3d9b1a-6c4f-4a2e-b8d0-9f1e3c5a7b24',
  },
  airbnb: {
    adapter: airbnbAdapter,
    fixture: 'airbnb/airbnb-host-inbox-2026-11.html',
    url: 'https://www.airbnb.com/hosting/messages/1987654321',
    directions: ['inbound', 'outbound', 'outbound', 'inbound', 'inbound'],
    other: '1987650000',
  },
  instagram: {
    adapter: instagramAdapter,
    fixture: 'instagram/instagram-direct-2026-11.html',
    url: 'https://www.instagram.com/direct/t/17842390211052733/',
    directions: ['inbound', 'inbound', 'outbound', 'outbound', 'inbound', 'inbound'],
    other: '17851174590123456',
  },
  messenger: {
    adapter: messengerAdapter,
    fixture: 'messenger/messenger-thread-2026-11.html',
    url: 'https://www.messenger.com/t/100087654321098/',
    directions: ['inbound', 'inbound', 'inbound', 'outbound', 'outbound', 'inbound', 'inbound'],
    other: '100091234567890',
  },
  'business-suite': {
    adapter: businessSuiteAdapter,
    fixture: 'messenger/business-suite-inbox-2026-11.html',
    url: 'https://business.facebook.com/latest/inbox/all?asset_id=1029384756&selected_item_id=100091122334455&mailbox_id=1029384756&thread_type=FB_MESSAGE',
    directions: ['inbound', 'outbound', 'inbound', 'inbound'],
    other: '17841400112233445',
  },
};

// Expedia also reads the page's own conversation JSON: the fixture's (without the message it
// holds to test a bad id), and an empty one for other conversations.
const EXPEDIA_JSON = JSON.parse(
  readFileSync(
    resolve(process.cwd(), 'tests/fixtures/expedia/expedia-conversation-api-2026-11.json'),
    'utf8',
  ),
) as { messages: { messageId?: string }[] };
const EXPEDIA_GOOD_JSON = JSON.stringify({
  ...EXPEDIA_JSON,
  messages: EXPEDIA_JSON.messages.filter((message) => message.messageId),
});
async function pageJson(url: RequestInfo | URL): Promise<Response> {
  const own = String(url).includes('/api/conversations/5c1f0a7e-3b2d-4e9a-8f61-0d2c4b6a8e13');
  return new Response(own ? EXPEDIA_GOOD_JSON : '{"messages":[]}', { status: 200 });
}

let ctx: ContentScriptContext;
beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
  vi.stubGlobal('fetch', pageJson);
  ctx = new ContentScriptContext('capture-test');
});
afterEach(() => {
  ctx.notifyInvalidated();
  vi.unstubAllGlobals();
});

const badgeCount = () => document.querySelectorAll('[data-konuk-badge]').length;

describe.each(Object.entries(platforms))('capturing on %s', (_name, platform) => {
  it('sends the page once, badges guest messages, and follows new messages and conversations', async () => {
    const page = loadFixture(platform.fixture, platform.url);
    const background = fakeBackground(storedReply);
    startCapture(platform.adapter, ctx);

    await vi.waitFor(() => expect(background.requests).toHaveLength(1));
    expect(background.requests[0]!.messages.map((m) => m.direction)).toEqual(platform.directions);
    expect(badgeCount()).toBe(platform.directions.filter((d) => d === 'inbound').length);

    page.receive('Is there a shuttle to the old town?');
    await vi.waitFor(() => expect(background.sentKeys()).toHaveLength(platform.directions.length + 1));
    const [arrived] = background.requests.at(-1)!.messages;
    expect(arrived).toMatchObject({ direction: 'inbound', text: 'Is there a shuttle to the old town?' });
    expect(badgeCount()).toBe(platform.directions.filter((d) => d === 'inbound').length + 1);

    page.openConversation(platform.other);
    await vi.waitFor(() =>
      expect(background.requests.at(-1)!.messages.every((m) => m.conversationId === platform.other)).toBe(
        true,
      ),
    );
    expect(new Set(background.sentKeys()).size).toBe(background.sentKeys().length);
    expect(background.health.filter((report) => !report.ok)).toEqual([]);
    expect(pageWindow.__konukXss).toBeUndefined();
  });
});
