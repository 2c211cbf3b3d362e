import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { conversationKey } from '../../../shared/message.ts';
import { TemplateChangeReply, TemplatesReply } from '../../../shared/runtime-messages.ts';
import { STARTER_LIBRARY } from '../../../shared/templates/starter-library.ts';
import type { ReplyTemplate } from '../../../shared/templates/template-schema.ts';
import { saveSettings } from '../../../background/settings.ts';
import { TEMPLATE_REFRESH_MS } from '../../../background/templates-refresh.ts';
import {
  contentScriptSender,
  dispatch,
  extensionPageSender,
  guestMessage,
  startHarness,
  type Harness,
} from '../background/background-kit.ts';
import { FakeTemplatesApi } from './fake-templates-api.ts';

const HOUSE_TEMPLATE: ReplyTemplate = {
  id: 'en-late-checkout',
  kind: 'acknowledgement',
  title: 'Late check-out offer',
  language: 'en',
  topics: ['special_request'],
  stages: ['in_stay'],
  channels: [],
  body: 'Dear {{guest_name}}, a late check-out until 14:00 is yours. {{agent_name}}, {{hotel_name}}',
};

let h: Harness;
let api: FakeTemplatesApi;

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.tabs.sendMessage = vi.fn(async () => undefined) as never;
  api = new FakeTemplatesApi();
  api.templates.set(HOUSE_TEMPLATE.id, HOUSE_TEMPLATE);
});

afterEach(async () => {
  await h.stop();
});

async function listFromPage(extra: Record<string, unknown> = {}): Promise<TemplatesReply> {
  return TemplatesReply.parse(await dispatch({ type: 'konuk/templates', ...extra }, contentScriptSender()));
}

async function change(message: Record<string, unknown>, sender = extensionPageSender()) {
  return TemplateChangeReply.parse(await dispatch(message, sender));
}

async function sync(): Promise<void> {
  await h.background.scheduler.request(true);
  await h.background.scheduler.idle();
}

describe('templates for the suggestion panel', () => {
  it('offers the starter library while Konuk is not connected to a server', async () => {
    h = await startHarness({ configured: false, api });
    const reply = await listFromPage();
    expect(reply).toMatchObject({ ok: true, source: 'starter', hotelName: null, agentName: null });
    if (!reply.ok) return;
    expect(reply.templates.map((t) => t.id)).toEqual(STARTER_LIBRARY.map((t) => t.id));
    expect(api.templateCalls).toEqual([]);
  });

  it("offers the hotel's own templates and names once a sync has fetched them", async () => {
    h = await startHarness({ api });
    const reply = await listFromPage();
    expect(reply).toMatchObject({ ok: true, source: 'hotel', hotelName: 'Hotel Belek', agentName: 'Ayşe' });
    if (!reply.ok) return;
    expect(reply.templates.map((t) => t.id)).toContain(HOUSE_TEMPLATE.id);
  });

  it('keeps offering the cached templates when the server is down, without asking it', async () => {
    h = await startHarness({ api });
    api.mode = 'down';
    const calls = api.requests.length;
    const reply = await listFromPage();
    expect(reply.ok && reply.source).toBe('hotel');
    expect(reply.ok && reply.templates.some((t) => t.id === HOUSE_TEMPLATE.id)).toBe(true);
    expect(api.requests).toHaveLength(calls);
  });

  it('answers a content script from the cache even when it asks for a fresh copy', async () => {
    h = await startHarness({ api });
    const calls = api.templateCalls.length;
    await listFromPage({ refresh: true });
    expect(api.templateCalls).toHaveLength(calls);
  });

  it('falls back to the starter library when the server has never answered', async () => {
    api.mode = 'down';
    h = await startHarness({ api });
    const reply = await listFromPage();
    expect(reply.ok && reply.source).toBe('starter');
  });

  it('still syncs messages with a server that has no template endpoints yet', async () => {
    api.templatesMissing = true;
    h = await startHarness({ api });
    const message = guestMessage();
    await dispatch({ type: 'konuk/capture', messages: [message] }, contentScriptSender());
    await sync();
    expect(api.received.size).toBe(1);
    expect(await listFromPage()).toMatchObject({ ok: true, source: 'starter' });
  });

  it("never offers one hotel's templates after the agent connects to another server", async () => {
    h = await startHarness({ api });
    api.mode = 'down';
    await saveSettings(h.db, { apiUrl: 'https://konuk.other-hotel.example', token: 'other-token' });
    const reply = await listFromPage();
    expect(reply.ok && reply.source).toBe('starter');
  });

  it('picks up a template edited on the server at the first sync after the refresh interval', async () => {
    h = await startHarness({ api });
    api.templates.set(HOUSE_TEMPLATE.id, { ...HOUSE_TEMPLATE, title: 'Late check-out, free until 14:00' });
    const title = async () => {
      const reply = await listFromPage();
      return reply.ok ? reply.templates.find((t) => t.id === HOUSE_TEMPLATE.id)?.title : null;
    };
    await h.background.scheduler.request();
    await h.background.scheduler.idle();
    expect(await title()).toBe('Late check-out offer');

    h.clock.now += TEMPLATE_REFRESH_MS;
    await h.background.scheduler.request();
    await h.background.scheduler.idle();
    expect(await title()).toBe('Late check-out, free until 14:00');
  });

  it("tells the panel the conversation's ticket: record number, guest and whether it awaits a first reply", async () => {
    h = await startHarness({ api });
    const message = guestMessage({ senderName: 'Hans Müller' });
    await dispatch({ type: 'konuk/capture', messages: [message] }, contentScriptSender());
    await sync();
    const reply = await listFromPage({ conversationKey: conversationKey(message) });
    expect(reply.ok && reply.ticket).toMatchObject({
      recordNumber: expect.stringMatching(/^K-\d{4,}$/),
      guestName: 'Hans Müller',
      awaitingFirstReply: true,
    });
    const unknown = await listFromPage({ conversationKey: 'whatsapp|someone-else' });
    expect(unknown.ok && unknown.ticket).toBeNull();
  });
});

describe('reading the message the panel was opened on', () => {
  it('classifies it in the background, so the page script carries no classifier', async () => {
    h = await startHarness({ api });
    const text = 'Die Klimaanlage in Zimmer 3124 funktioniert nicht, das ist inakzeptabel!';
    const reply = await listFromPage({ message: { text, channel: 'whatsapp' } });
    expect(reply.ok && reply.classified).toMatchObject({ language: 'de', topic: 'complaint' });
  });

  it('says nothing about a message without words (a photo)', async () => {
    h = await startHarness({ api });
    const reply = await listFromPage({ message: { text: ' ', channel: 'whatsapp' } });
    expect(reply.ok && reply.classified).toBeNull();
  });
});

describe('editing the hotel’s templates from the options page', () => {
  // A coordinator: the hotel's templates are theirs to change.
  beforeEach(() => {
    api.role = 'coordinator';
  });

  it('saves a new template through the API and offers it to the panel at once', async () => {
    h = await startHarness({ api });
    const fresh = {
      ...HOUSE_TEMPLATE,
      id: 'de-late-checkout',
      language: 'de' as const,
      title: 'Später Check-out',
    };
    const reply = await change({ type: 'konuk/template-save', template: fresh, isNew: true });
    expect(reply.ok).toBe(true);
    expect(api.templates.get('de-late-checkout')?.title).toBe('Später Check-out');
    const panel = await listFromPage();
    expect(panel.ok && panel.templates.some((t) => t.id === 'de-late-checkout')).toBe(true);
  });

  it('replaces an existing template and deletes one', async () => {
    h = await startHarness({ api });
    const edited = { ...HOUSE_TEMPLATE, body: 'Dear {{guest_name}}, late check-out until 15:00 is fine.' };
    expect((await change({ type: 'konuk/template-save', template: edited, isNew: false })).ok).toBe(true);
    expect(api.templates.get(HOUSE_TEMPLATE.id)?.body).toBe(edited.body);

    const deleted = await change({ type: 'konuk/template-delete', id: 'en-refund' });
    expect(deleted.ok && deleted.templates.some((t) => t.id === 'en-refund')).toBe(false);
    expect(api.templates.has('en-refund')).toBe(false);
  });

  it('says why the API refused a change, and changes nothing', async () => {
    h = await startHarness({ api });
    const reply = await change({ type: 'konuk/template-save', template: HOUSE_TEMPLATE, isNew: true });
    expect(reply).toEqual({ ok: false, error: `a template with id ${HOUSE_TEMPLATE.id} exists` });
    expect(api.templates.get(HOUSE_TEMPLATE.id)).toEqual(HOUSE_TEMPLATE);
  });

  it('says the server cannot be reached when it is down', async () => {
    h = await startHarness({ api });
    api.mode = 'down';
    const reply = await change({ type: 'konuk/template-delete', id: HOUSE_TEMPLATE.id });
    expect(reply).toEqual({ ok: false, error: 'unreachable' });
  });

  it('refuses template changes sent from a platform page’s content script', async () => {
    h = await startHarness({ api });
    const reply = await dispatch(
      { type: 'konuk/template-delete', id: HOUSE_TEMPLATE.id },
      contentScriptSender(),
    );
    expect(reply.ok).toBe(false);
    expect(api.templates.has(HOUSE_TEMPLATE.id)).toBe(true);
  });

  it('refuses a template that breaks the template rules before anything is sent', async () => {
    h = await startHarness({ api });
    const calls = api.templateCalls.length;
    const reply = await dispatch(
      {
        type: 'konuk/template-save',
        template: { ...HOUSE_TEMPLATE, body: 'Dear {{Guest Name}}' },
        isNew: false,
      },
      extensionPageSender(),
    );
    expect(reply.ok).toBe(false);
    expect(api.templateCalls).toHaveLength(calls);
  });

  it('answers the options page with a fresh copy when it asks for one', async () => {
    h = await startHarness({ api });
    api.templates.delete('en-closing');
    const reply = TemplatesReply.parse(
      await dispatch({ type: 'konuk/templates', refresh: true }, extensionPageSender()),
    );
    expect(reply.ok && reply.templates.some((t) => t.id === 'en-closing')).toBe(false);
  });
});

describe('an agent’s own templates', () => {
  const OWN: ReplyTemplate = {
    ...HOUSE_TEMPLATE,
    id: 'my-en-late-checkout',
    title: 'My late check-out note',
    body: 'Hi {{guest_name}}, I have asked housekeeping to come last to your room.',
  };

  it('refuses a frontline agent’s change to the hotel’s templates with the API’s words, and changes nothing', async () => {
    h = await startHarness({ api });
    const before = new Map(api.templates);
    const saved = await change({ type: 'konuk/template-save', template: HOUSE_TEMPLATE, isNew: false });
    const deleted = await change({ type: 'konuk/template-delete', id: 'en-refund' });
    for (const reply of [saved, deleted]) {
      expect(reply).toEqual({
        ok: false,
        error:
          "Only coordinators and supervisors can change the hotel's reply templates; you are signed in as a frontline agent.",
      });
    }
    expect(api.templates).toEqual(before);
    const options = TemplatesReply.parse(await dispatch({ type: 'konuk/templates' }, extensionPageSender()));
    expect(options.ok && options.canEditHotel).toBe(false);
  });

  it('keeps them apart from the hotel’s and offers them after the hotel’s, marked as the agent’s', async () => {
    h = await startHarness({ api });
    const saved = await change({ type: 'konuk/template-save', template: OWN, isNew: true, personal: true });
    expect(saved.ok).toBe(true);
    expect(api.personal.get(OWN.id)).toEqual(OWN);
    expect(api.templates.has(OWN.id)).toBe(false);

    const panel = await listFromPage();
    if (!panel.ok) throw new Error('no templates');
    const hotelCount = api.templates.size;
    expect(panel.templates.slice(0, hotelCount).every((t) => t.personal !== true)).toBe(true);
    expect(panel.templates.slice(hotelCount)).toEqual([{ ...OWN, personal: true }]);

    const deleted = await change({ type: 'konuk/template-delete', id: OWN.id, personal: true });
    expect(deleted.ok && deleted.templates.some((t) => t.id === OWN.id)).toBe(false);
    expect(api.personal.size).toBe(0);
  });

  it('keeps an own template the server took even when the list cannot be fetched right after', async () => {
    h = await startHarness({ api });
    const saved = await change({ type: 'konuk/template-save', template: OWN, isNew: true, personal: true });
    expect(saved.ok).toBe(true);
    api.mode = 'down';
    const panel = await listFromPage();
    expect(panel.ok && panel.templates.at(-1)).toEqual({ ...OWN, personal: true });
  });

  it('tells a coordinator they may change the hotel’s templates', async () => {
    api.role = 'supervisor';
    h = await startHarness({ api });
    const options = TemplatesReply.parse(
      await dispatch({ type: 'konuk/templates', refresh: true }, extensionPageSender()),
    );
    expect(options.ok && options.canEditHotel).toBe(true);
  });
});
