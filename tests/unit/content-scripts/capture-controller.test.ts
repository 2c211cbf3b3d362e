import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startCapture } from '../../../content-scripts/capture-controller.ts';
import { whatsappAdapter } from '../../../content-scripts/whatsapp/whatsapp-adapter.ts';
import { gmailAdapter } from '../../../content-scripts/gmail/gmail-adapter.ts';
import { expediaAdapter } from '../../../content-scripts/expedia/expedia-adapter.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadFixture, pageWindow, type KonukFixture } from './fixture-page.ts';
import {
  clock,
  fakeBackground,
  storedReply,
  useEnglishMessages,
  type FakeBackground,
} from './fake-extension.ts';

const HOSTILE = '<img src=x onerror="window.__konukXss=1"><script>window.__konukXss=2</script>';
const TURKISH_CHAT = '905321234567@c.us';
const FIRST_GUEST_KEY = `whatsapp|${TURKISH_CHAT}|3EB0A7F1C2D3E4F5A6B7`;

let ctx: ContentScriptContext;
beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
  ctx = new ContentScriptContext('capture-test');
});
afterEach(() => {
  ctx.notifyInvalidated();
  vi.useRealTimers();
});

function badges(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-konuk-badge]')];
}
function badgeOf(dataId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-id="${dataId}"] > [data-konuk-badge]`);
}
function badgeFor(key: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(
    `[data-konuk-badge][data-message-key="${CSS.escape(key)}"]`,
  );
  if (!found) throw new Error(`no badge for ${key}`);
  return found;
}
const shown = (badge: HTMLElement | null) => badge?.shadowRoot?.textContent ?? '';

function openWhatsapp(answer: Parameters<typeof fakeBackground>[0] = storedReply): {
  page: KonukFixture;
  background: FakeBackground;
} {
  const page = loadFixture('whatsapp/whatsapp-2026-03-legacy-ids.html', 'https://web.whatsapp.com/');
  const background = fakeBackground(answer);
  startCapture(whatsappAdapter, ctx);
  return { page, background };
}

describe('capturing the messages of a WhatsApp chat', () => {
  it('sends every message already on the page in one batch and badges only the guest messages', async () => {
    const { background } = openWhatsapp();
    await vi.waitFor(() => expect(background.requests).toHaveLength(1));
    expect(background.requests[0]!.messages.map((m) => [m.platformMessageId, m.direction])).toEqual([
      ['3EB0A7F1C2D3E4F5A6B7', 'inbound'],
      ['3EB03C5D9E8F7A6B5C4D', 'inbound'],
      ['3EB0F0E1D2C3B4A59687', 'outbound'],
      ['3A1F2E3D4C5B6A798012', 'inbound'],
      ['3A7B8C9D0E1F2A3B4C5D', 'inbound'],
    ]);
    expect(badges()).toHaveLength(4);
    expect(badgeOf('true_905321234567@c.us_3EB0F0E1D2C3B4A59687')).toBeNull();
  });

  it('puts each badge in an open shadow root, all sharing one stylesheet', () => {
    openWhatsapp();
    const sheets = badges().map((badge) => badge.shadowRoot?.adoptedStyleSheets[0]);
    expect(sheets).toHaveLength(4);
    expect(sheets[0]).toBeDefined();
    expect(new Set(sheets).size).toBe(1);
  });

  it('says "Not logged yet" until the background confirms, then shows the saved state and the clock', async () => {
    let confirm = false;
    const { background } = openWhatsapp((request) => (confirm ? storedReply(request) : undefined));
    const badge = badgeFor(FIRST_GUEST_KEY);
    expect(badge.getAttribute('data-logged')).toBe('unlogged');
    expect(shown(badge)).toContain('Not logged yet');
    expect(badge.hasAttribute('data-sla-state')).toBe(false);
    await vi.waitFor(() => expect(background.requests.length).toBeGreaterThan(0));
    expect(badge.getAttribute('data-logged')).toBe('unlogged');

    confirm = true;
    await vi.waitFor(() => expect(badge.getAttribute('data-logged')).toBe('stored'), { timeout: 3000 });
    expect(shown(badge)).toContain('Saved · syncing');
    expect(shown(badge)).toMatch(/1[45] min left/);
    expect(badge.getAttribute('data-sla-state')).toBe('on_track');
    expect(badge.hasAttribute('data-record-number')).toBe(false);
  });

  it('captures a message the guest sends later, once, and badges it', async () => {
    const { page, background } = openWhatsapp();
    await vi.waitFor(() => expect(background.requests).toHaveLength(1));
    const id = page.receive('Merhaba, havuz kaçta açılıyor?');
    await vi.waitFor(() => expect(badgeOf(id)).not.toBeNull());
    await vi.waitFor(() => expect(background.requests).toHaveLength(2));
    expect(background.requests[1]!.messages).toEqual([
      expect.objectContaining({ direction: 'inbound', text: 'Merhaba, havuz kaçta açılıyor?' }),
    ]);
    await vi.waitFor(() => expect(badgeOf(id)?.getAttribute('data-logged')).toBe('stored'));
  });

  it('captures the hotel reply without a badge', async () => {
    const { page, background } = openWhatsapp();
    await vi.waitFor(() => expect(background.requests).toHaveLength(1));
    const id = page.reply('Günaydın! Havuz 08:00’de açılıyor.');
    await vi.waitFor(() => expect(background.requests).toHaveLength(2));
    expect(background.requests[1]!.messages[0]!.direction).toBe('outbound');
    expect(badgeOf(id)).toBeNull();
  });

  it('sends hostile guest text as plain text and never shows or runs it in the badge', async () => {
    const { background } = openWhatsapp();
    await vi.waitFor(() => expect(background.requests).toHaveLength(1));
    expect(
      background.requests[0]!.messages.find((m) => m.platformMessageId === '3A1F2E3D4C5B6A798012')?.text,
    ).toBe(HOSTILE);
    const badge = badgeFor(`whatsapp|${TURKISH_CHAT}|3A1F2E3D4C5B6A798012`);
    expect(badge.shadowRoot?.querySelector('img, script')).toBeNull();
    expect(shown(badge)).not.toContain('konukXss');
    expect(pageWindow.__konukXss).toBeUndefined();
  });
});

describe('messages that come back into view', () => {
  it('restores the badge of a row that leaves and re-enters the page without sending it again', async () => {
    const { background } = openWhatsapp();
    await vi.waitFor(() => expect(badgeFor(FIRST_GUEST_KEY).getAttribute('data-logged')).toBe('stored'));
    const row = document.querySelector('[data-id$="3EB0A7F1C2D3E4F5A6B7"]')!.closest('[role="row"]')!;
    const list = row.parentElement!;
    row.remove();
    list.append(row);
    await Promise.resolve();
    expect(badgeFor(FIRST_GUEST_KEY).getAttribute('data-logged')).toBe('stored');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(background.requests).toHaveLength(1);
  });

  it('switching to another chat captures it; switching back re-badges from memory without a round trip', async () => {
    const { page, background } = openWhatsapp();
    await vi.waitFor(() => expect(background.requests).toHaveLength(1));
    page.openConversation('120363025246125486@g.us');
    await vi.waitFor(() => expect(background.requests).toHaveLength(2));
    expect(background.requests[1]!.messages.map((m) => m.conversationId)).toEqual([
      '120363025246125486@g.us',
      '120363025246125486@g.us',
      '120363025246125486@g.us',
    ]);
    await vi.waitFor(() =>
      expect(badges().every((b) => b.getAttribute('data-logged') === 'stored')).toBe(true),
    );

    page.openConversation(TURKISH_CHAT);
    await vi.waitFor(() => expect(badgeFor(FIRST_GUEST_KEY).getAttribute('data-logged')).toBe('stored'));
    expect(badges()).toHaveLength(4);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(background.requests).toHaveLength(2);
    expect(new Set(background.sentKeys()).size).toBe(background.sentKeys().length);
  });

  it('keeps the key and the badge of an edited message and does not send it again', async () => {
    const { background } = openWhatsapp();
    await vi.waitFor(() => expect(background.requests).toHaveLength(1));
    const text = document.querySelector('[data-id$="3A7B8C9D0E1F2A3B4C5D"] span.selectable-text')!;
    text.replaceChildren(document.createTextNode('Havalimanı transferi istiyoruz (düzenlendi)'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(background.requests).toHaveLength(1);
    expect(badgeFor(`whatsapp|${TURKISH_CHAT}|3A7B8C9D0E1F2A3B4C5D`)).toBeTruthy();
  });
});

describe('what the badge says as the ticket progresses', () => {
  async function syncedWith(background: FakeBackground, sla: ReturnType<typeof clock>, status = 'open') {
    await background.push({
      type: 'konuk/state',
      messages: [{ key: FIRST_GUEST_KEY, logged: 'synced', ticketId: 't-1', provisionalSla: null }],
      tickets: [{ id: 't-1', recordNumber: 'GB-2026-0042', status, sla }],
    });
  }

  it('shows the record number and time left once synced', async () => {
    const { background } = openWhatsapp();
    await vi.waitFor(() => expect(background.requests).toHaveLength(1));
    await syncedWith(background, clock(new Date(Date.now() - 5 * 60_000), 15));
    const badge = badgeFor(FIRST_GUEST_KEY);
    expect(badge.getAttribute('data-logged')).toBe('synced');
    expect(badge.getAttribute('data-record-number')).toBe('GB-2026-0042');
    expect(badge.getAttribute('data-sla-state')).toBe('on_track');
    expect(shown(badge)).toContain('Konuk record GB-2026-0042');
    expect(shown(badge)).toMatch(/(9|10) min left/);
    expect(shown(badge)).not.toContain('syncing');
  });

  it('warns when the clock is nearly out and when it is breached', async () => {
    const { background } = openWhatsapp();
    await vi.waitFor(() => expect(background.requests).toHaveLength(1));
    await syncedWith(background, clock(new Date(Date.now() - 13 * 60_000), 15));
    expect(badgeFor(FIRST_GUEST_KEY).getAttribute('data-sla-state')).toBe('due_soon');
    expect(shown(badgeFor(FIRST_GUEST_KEY))).toMatch(/Due soon · (1|2) min left/);
    await syncedWith(background, clock(new Date(Date.now() - 40 * 60_000), 15));
    expect(badgeFor(FIRST_GUEST_KEY).getAttribute('data-sla-state')).toBe('breached');
    expect(shown(badgeFor(FIRST_GUEST_KEY))).toMatch(/2[45] min over/);
  });

  it('says answered when the clock was met and paused while waiting for the guest', async () => {
    const { background } = openWhatsapp();
    await vi.waitFor(() => expect(background.requests).toHaveLength(1));
    const started = new Date(Date.now() - 30 * 60_000);
    await syncedWith(
      background,
      clock(started, 15, { metAt: new Date(started.getTime() + 8 * 60_000).toISOString() }),
    );
    expect(badgeFor(FIRST_GUEST_KEY).getAttribute('data-sla-state')).toBe('met');
    expect(shown(badgeFor(FIRST_GUEST_KEY))).toContain('Answered');
    await syncedWith(background, clock(started, 15, { pausedAt: started.toISOString() }), 'pending_guest');
    expect(badgeFor(FIRST_GUEST_KEY).getAttribute('data-sla-state')).toBe('paused');
    expect(shown(badgeFor(FIRST_GUEST_KEY))).toContain('Paused');
  });

  it('ignores a malformed state push', async () => {
    const { background } = openWhatsapp();
    await vi.waitFor(() => expect(badgeFor(FIRST_GUEST_KEY).getAttribute('data-logged')).toBe('stored'));
    await background.push({
      type: 'konuk/state',
      messages: [{ key: FIRST_GUEST_KEY, logged: 'synced' }],
      tickets: [],
    });
    expect(badgeFor(FIRST_GUEST_KEY).getAttribute('data-logged')).toBe('stored');
  });

  it('ticks live: the time left goes down without any message from the background', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'Date'] });
    const { background } = openWhatsapp();
    await vi.advanceTimersByTimeAsync(100);
    await syncedWith(background, clock(new Date(Date.now() - 5 * 60_000), 15));
    expect(shown(badgeFor(FIRST_GUEST_KEY))).toContain('10 min left');
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    expect(shown(badgeFor(FIRST_GUEST_KEY))).toContain('7 min left');
  });
});

describe('when the background is not there', () => {
  it('keeps retrying with growing pauses and the badges stay "not logged yet" until it answers', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] });
    let answering = false;
    const { background } = openWhatsapp((request) => (answering ? storedReply(request) : undefined));
    await vi.advanceTimersByTimeAsync(100);
    expect(background.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(400);
    expect(background.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(background.requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(10_000);
    const attemptsInTenSeconds = background.requests.length;
    expect(attemptsInTenSeconds).toBeLessThan(7);
    expect(badges().every((b) => b.getAttribute('data-logged') === 'unlogged')).toBe(true);

    answering = true;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(badges().every((b) => b.getAttribute('data-logged') === 'stored')).toBe(true);
    expect(background.health.some((h) => !h.ok)).toBe(true);
  });
});

describe('a message Konuk cannot accept', () => {
  it('is dropped and reported without its text, and the rest of the chat is still captured', async () => {
    loadFixture('whatsapp/whatsapp-2026-03-legacy-ids.html', 'https://web.whatsapp.com/');
    const broken = document.querySelector('[data-id$="3A1F2E3D4C5B6A798012"]')!;
    broken.setAttribute('data-id', `false_${TURKISH_CHAT}_${'F'.repeat(400)}`);
    const background = fakeBackground(storedReply);
    startCapture(whatsappAdapter, ctx);
    await vi.waitFor(() => expect(background.requests).toHaveLength(1));
    expect(background.requests[0]!.messages).toHaveLength(4);
    // Only the refused message is a problem; a fallback selector note (ok) may come too.
    const problems = () => background.health.filter((r) => !r.ok);
    await vi.waitFor(() => expect(problems()).toHaveLength(1));
    const report = problems()[0]!;
    expect(report).toMatchObject({ platform: 'whatsapp', ok: false });
    expect(report.problem).toContain('platformMessageId');
    expect(report.problem).not.toContain('konukXss');
    expect(broken.querySelector('[data-konuk-badge]')?.getAttribute('data-logged')).toBe('unlogged');
  });
});

describe('stopping', () => {
  it('removes its badges and captures nothing more once the extension invalidates the script', async () => {
    const { page, background } = openWhatsapp();
    await vi.waitFor(() => expect(background.requests).toHaveLength(1));
    ctx.notifyInvalidated();
    expect(badges()).toHaveLength(0);
    page.receive('Hâlâ orada mısınız?');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(badges()).toHaveLength(0);
    expect(background.requests).toHaveLength(1);
  });
});

describe('capturing a Gmail thread', () => {
  it('captures the open thread, then the next one after a hash change, badging guest mail only', async () => {
    const page = loadFixture('gmail/gmail-thread-2026-11.html', 'https://mail.google.com/mail/u/0/');
    const background = fakeBackground(storedReply);
    startCapture(gmailAdapter, ctx);
    await vi.waitFor(() => expect(background.requests).toHaveLength(1));
    expect(background.requests[0]!.messages.map((m) => m.direction)).toEqual([
      'inbound',
      'outbound',
      'inbound',
    ]);
    expect(badges()).toHaveLength(2);

    page.openConversation('19aa1cb72b493f34');
    await vi.waitFor(() => expect(background.requests).toHaveLength(2));
    expect(background.requests[1]!.messages.map((m) => m.conversationId)).toEqual([
      '19aa1cb72b493f34',
      '19aa1cb72b493f34',
    ]);
    expect(badges()).toHaveLength(2);
    expect(badges().every((b) => b.closest('.gE') !== null)).toBe(true);
  });
});

describe('an adapter that also reads beyond the DOM (Expedia’s conversation JSON)', () => {
  const CID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
  const PAGE = `https://apps.expediapartnercentral.com/lodging/conversations/messageCenter.html?htid=12345678&cpcePartnerId=4455667&cid=${CID}`;
  const json = readFileSync(
    resolve(process.cwd(), 'tests/fixtures/expedia/expedia-conversation-api-2026-12.json'),
    'utf8',
  );
  afterEach(() => vi.unstubAllGlobals());

  it('captures what only the JSON has, and a message read both ways once', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: RequestInfo | URL) => {
      asked.push(String(url));
      return new Response(json, { status: 200 });
    });
    loadFixture('expedia/expedia-partner-central-2026-12-no-ids.html', PAGE);
    const background = fakeBackground(storedReply);
    startCapture(expediaAdapter, ctx);
    await vi.waitFor(() => expect(new Set(background.sentKeys()).size).toBe(6));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const keys = background.sentKeys();
    expect(keys).toHaveLength(new Set(keys).size);
    expect(asked).toEqual([
      `https://apps.expediapartnercentral.com/lodging/conversations/api/conversations/${CID}?htid=12345678&cpcePartnerId=4455667`,
    ]);
    const texts = background.requests.flatMap((r) => r.messages.map((m) => m.text));
    expect(texts).toContain('Hallo, ist Frühstück im Preis inbegriffen?');
    // The four rendered guest/hotel messages carry badges; JSON-only ones have no element to badge.
    expect(badges()).toHaveLength(3);
  });

  it('reports a failed JSON request as a capture problem, and the DOM is still captured', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>sign in</html>', { status: 401 }));
    loadFixture('expedia/expedia-partner-central-2026-12-no-ids.html', PAGE);
    const background = fakeBackground(storedReply);
    startCapture(expediaAdapter, ctx);
    await vi.waitFor(() => expect(background.requests).toHaveLength(1));
    expect(background.requests[0]!.messages).toHaveLength(4);
    await vi.waitFor(() =>
      expect(background.health.filter((r) => !r.ok).map((r) => r.problem)).toEqual([
        'expedia conversation request: HTTP 401',
      ]),
    );
  });
});
