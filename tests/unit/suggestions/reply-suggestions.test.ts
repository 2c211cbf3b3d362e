import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startCapture } from '../../../content-scripts/capture-controller.ts';
import { gmailAdapter } from '../../../content-scripts/gmail/gmail-adapter.ts';
import { whatsappAdapter } from '../../../content-scripts/whatsapp/whatsapp-adapter.ts';
import type { PlatformAdapter } from '../../../content-scripts/platform-adapter.ts';
import {
  TemplatesRequest,
  type CaptureReply,
  type ReplyTicket,
  type TemplatesReply,
} from '../../../shared/runtime-messages.ts';
import { STARTER_LIBRARY } from '../../../shared/templates/starter-library.ts';
import { messageLabels } from '../../../background/templates-requests.ts';
import {
  fakeBackground,
  storedReply,
  useEnglishMessages,
  type FakeBackground,
} from '../content-scripts/fake-extension.ts';
import { loadFixture, pageWindow, type KonukFixture } from '../content-scripts/fixture-page.ts';

/** The open chat of the 2026-11 fixture: a business account shows no phone, so Konuk keys it by name. */
const WHATSAPP_CHAT = 'name:Sarah Collins';

let ctx: ContentScriptContext;
let templateRequests: TemplatesRequest[];
let answer: Omit<Extract<TemplatesReply, { ok: true }>, 'classified'>;

function hotelReply(ticket: ReplyTicket | null = null): typeof answer {
  return {
    ok: true,
    source: 'hotel',
    templates: [...STARTER_LIBRARY],
    hotelName: 'Grand Belek Resort',
    agentName: 'Ayşe',
    ticket,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
  ctx = new ContentScriptContext('suggestions-test');
  templateRequests = [];
  answer = hotelReply();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const request = TemplatesRequest.safeParse(message);
    if (!request.success) return undefined;
    templateRequests.push(request.data);
    // Classified as the real background does it.
    return Promise.resolve({ ...answer, classified: messageLabels(request.data.message) });
  });
});
afterEach(() => {
  ctx.notifyInvalidated();
});

function open(
  fixture: string,
  url: string,
  adapter: PlatformAdapter,
  reply: (r: Parameters<typeof storedReply>[0]) => CaptureReply = storedReply,
): { page: KonukFixture; background: FakeBackground } {
  const page = loadFixture(fixture, url);
  const background = fakeBackground(reply);
  startCapture(adapter, ctx);
  return { page, background };
}
const openWhatsapp = () =>
  open('whatsapp/whatsapp-2026-11-bare-ids.html', 'https://web.whatsapp.com/', whatsappAdapter);
const openGmail = () =>
  open('gmail/gmail-thread-2026-11.html', 'https://mail.google.com/mail/u/0/', gmailAdapter);

function replyButtons(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-konuk-reply]')];
}
function replyButtonOf(dataId: string): HTMLElement {
  return document.querySelector<HTMLElement>(`[data-id="${dataId}"] > [data-konuk-reply]`)!;
}
function panel(): ShadowRoot | null {
  return document.querySelector('[data-konuk-suggestions]')?.shadowRoot ?? null;
}
async function openPanel(button: HTMLElement): Promise<ShadowRoot> {
  button.shadowRoot!.querySelector('button')!.click();
  await vi.waitFor(() => expect(panel()?.querySelector('[data-testid="suggestion"]')).toBeTruthy());
  return panel()!;
}
function suggestionIds(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('[data-testid="suggestion"]')].map((b) =>
    b.getAttribute('data-template-id')!,
  );
}
async function choose(root: ShadowRoot, id: string): Promise<void> {
  const option = root.querySelector<HTMLElement>(`[data-template-id="${id}"]`)!;
  option.click();
  await vi.waitFor(() => expect(option.getAttribute('aria-pressed')).toBe('true'));
}
async function insert(root: ShadowRoot): Promise<void> {
  root.querySelector<HTMLElement>('[data-testid="suggestion-insert"]')!.click();
}

describe('reply suggestions on WhatsApp', () => {
  it('puts a reply button in a shadow root beside the badge of every guest message, and none on replies', async () => {
    openWhatsapp();
    const badges = document.querySelectorAll('[data-konuk-badge]');
    expect(replyButtons()).toHaveLength(badges.length);
    for (const button of replyButtons()) {
      expect(button.shadowRoot).not.toBeNull();
      expect(button.nextElementSibling?.hasAttribute('data-konuk-badge')).toBe(true);
    }
    expect(replyButtonOf('3EB0C4B2A1F0E9D8C7B6A5F4')).toBeNull();
  });

  it("opens the panel for the message with templates for it, ranked by the message's topic and language", async () => {
    openWhatsapp();
    const root = await openPanel(replyButtonOf('3EB0B3A9D1C2E4F5A6B78C9D'));
    expect(templateRequests[0]).toMatchObject({
      type: 'konuk/templates',
      conversationKey: `whatsapp|${WHATSAPP_CHAT}`,
      message: { channel: 'whatsapp', text: expect.stringContaining('Could you arrange a transfer') },
    });
    const ids = suggestionIds(root);
    expect(ids.every((id) => id.startsWith('en-'))).toBe(true);
    expect(root.querySelector('[data-testid="suggestion-preview"]')!.textContent).toContain('Sarah Collins');
  });

  it("ranks by the ticket's labels and fills its record number when the ticket has them", async () => {
    answer = hotelReply({
      recordNumber: 'K-1042',
      guestName: 'Sarah Collins',
      language: 'de',
      topic: 'complaint',
      stage: 'in_stay',
      stay: { checkIn: '2026-11-20', checkOut: '2026-11-27' },
      awaitingFirstReply: false,
    });
    openWhatsapp();
    const root = await openPanel(replyButtonOf('3EB0B3A9D1C2E4F5A6B78C9D'));
    expect(suggestionIds(root)[0]).toBe('de-complaint-recovery');
    expect(root.querySelector('[data-variable="record_number"]')!.textContent).toBe('K-1042');
  });

  it('inserts the chosen template through the page’s own input handling: Send enables and sends exactly it', async () => {
    const { background } = openWhatsapp();
    const send = document.querySelector<HTMLButtonElement>('#main footer button[data-tab="11"]')!;
    expect(send.disabled).toBe(true);
    const root = await openPanel(replyButtonOf('3EB0B3A9D1C2E4F5A6B78C9D'));
    await choose(root, 'en-acknowledgement');
    await insert(root);

    expect(panel()).toBeNull();
    expect(send.disabled).toBe(false);
    const composerText = whatsappAdapter.findComposer(document)!.textContent!;
    expect(composerText).toContain('Dear Sarah Collins, thank you for your message.');
    expect(composerText).toContain('Ayşe at Grand Belek Resort');
    // Konuk never sends: the agent's click does.
    const outboundBefore = background.requests
      .flatMap((r) => r.messages)
      .filter((m) => m.direction === 'outbound');
    send.click();
    await vi.waitFor(() =>
      expect(
        background.requests.flatMap((r) => r.messages).filter((m) => m.direction === 'outbound'),
      ).toHaveLength(outboundBefore.length + 1),
    );
    const sent = background.requests.flatMap((r) => r.messages).at(-1)!;
    expect(sent.text).toBe(composerText);
  });

  it('tags the message the agent sends after inserting a closing template, and no other', async () => {
    // The closing message is offered once the fix is done: the ticket is resolved.
    answer = hotelReply({
      recordNumber: 'K-1042',
      guestName: 'Sarah Collins',
      language: 'en',
      topic: 'complaint',
      stage: 'in_stay',
      stay: null,
      awaitingFirstReply: false,
      status: 'resolved',
    });
    const { page, background } = openWhatsapp();
    const root = await openPanel(replyButtonOf('3EB0B3A9D1C2E4F5A6B78C9D'));
    await choose(root, 'en-closing');
    await insert(root);
    document.querySelector<HTMLButtonElement>('#main footer button[data-tab="11"]')!.click();
    page.reply('And enjoy the pool!');
    const outbound = () =>
      background.requests.flatMap((r) => r.messages).filter((m) => m.direction === 'outbound');
    await vi.waitFor(() => expect(outbound().length).toBeGreaterThanOrEqual(3));
    const [earlier, closing, later] = outbound().slice(-3);
    expect(earlier).not.toHaveProperty('templateKind');
    expect(closing).toMatchObject({ templateId: 'en-closing', templateKind: 'closing' });
    expect(closing!.text).toContain('from 1 (not at all) to 5 (very)');
    expect(later).not.toHaveProperty('templateKind');
  });

  it('opens the panel for the newest guest message with Alt+Shift+K', async () => {
    const { page } = openWhatsapp();
    const id = page.receive('Is the airport shuttle free of charge?');
    await vi.waitFor(() => expect(replyButtonOf(id)).not.toBeNull());
    window.dispatchEvent(
      new KeyboardEvent('keydown', { code: 'KeyK', key: 'K', altKey: true, shiftKey: true }),
    );
    await vi.waitFor(() => expect(panel()?.querySelector('[data-testid="suggestion"]')).toBeTruthy());
    expect(panel()!.querySelector('[data-testid="suggestion-preview"]')).not.toBeNull();
    expect(templateRequests).toHaveLength(1);
  });

  it('closes with Escape and leaves the reply box untouched', async () => {
    openWhatsapp();
    const root = await openPanel(replyButtonOf('3EB0B3A9D1C2E4F5A6B78C9D'));
    root
      .querySelector('button')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(panel()).toBeNull();
    expect(whatsappAdapter.findComposer(document)!.textContent).toBe('');
  });

  it("shows a guest's markup-like text as text and never runs it", async () => {
    openWhatsapp();
    answer = hotelReply({
      recordNumber: 'K-1042',
      guestName: '<img src=x onerror="window.__konukXss=3">',
      language: 'en',
      topic: null,
      stage: null,
      stay: null,
      awaitingFirstReply: true,
    });
    const root = await openPanel(replyButtonOf('3EB0E6D4C3B2A1F0E9D8C7B6'));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[data-variable="guest_name"]')!.textContent).toBe(
      '<img src=x onerror="window.__konukXss=3">',
    );
    expect(pageWindow.__konukXss).toBeUndefined();
  });
});

describe('reply suggestions in Gmail', () => {
  it('inserts into the reply editor so Gmail enables Send, and the sent mail is captured as the agent’s', async () => {
    const { background } = openGmail();
    const buttons = replyButtons();
    expect(buttons.length).toBeGreaterThan(0);
    const root = await openPanel(buttons.at(-1)!);
    expect(suggestionIds(root).every((id) => id.startsWith('de-'))).toBe(true);
    await insert(root);
    const send = document.querySelector<HTMLElement>('[role="button"][data-tooltip^="Send"]')!;
    expect(send.getAttribute('aria-disabled')).toBe('false');
    send.click();
    await vi.waitFor(() =>
      expect(background.requests.flatMap((r) => r.messages).at(-1)?.direction).toBe('outbound'),
    );
    expect(background.requests.flatMap((r) => r.messages).at(-1)!.text).toContain('Hans Müller');
  });
});
