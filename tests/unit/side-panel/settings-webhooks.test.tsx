// The settings page's webhooks section: a coordinator adds a URL for some events, sees the
// signing secret once, pauses it and reads its delivery log.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openKonukDb, type KonukDb } from '../../../background/db.ts';
import { WebhooksSection } from '../../../components/settings-webhooks.tsx';
import { click, renderPage, type, unmount, useEnglish } from '../components/page-kit.ts';
import { fakePageApi, type FakePageApi } from './fake-page-api.ts';

let db: KonukDb;
let api: FakePageApi;
let root: HTMLElement | null = null;

beforeEach(() => {
  fakeBrowser.reset();
  useEnglish();
  db = openKonukDb(`konuk-webhooks-${crypto.randomUUID()}`);
  api = fakePageApi(db);
  api.role = 'coordinator';
});
afterEach(async () => {
  if (root) await unmount(root);
  root = null;
  db.close();
});

const $ = (testId: string) => root!.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const $$ = (testId: string) => [...root!.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];

it('adds a webhook for the chosen events and shows its secret once', async () => {
  root = await renderPage(<WebhooksSection api={api} timeZone="Europe/Istanbul" />);
  await type($('webhook-url') as HTMLInputElement, 'https://pms.example-hotel.com/konuk');
  await click($('webhook-event-message.logged')!);
  await click($('webhook-add')!);

  await vi.waitFor(() => expect($$('webhook')).toHaveLength(1));
  expect(api.hooks[0]).toMatchObject({
    url: 'https://pms.example-hotel.com/konuk',
    events: ['ticket.created', 'ticket.updated', 'ticket.closed', 'sla.breached'],
  });
  expect($('webhook-secret')!.textContent).toContain('whsec_shown_once');
  expect($('webhook-secret')!.textContent).toMatch(/not shown again/);

  await click($('webhook-toggle')!);
  await vi.waitFor(() => expect($('webhook')!.textContent).toContain('paused'));
  expect(api.hooks[0]!.active).toBe(false);
});

it('lists a webhook’s deliveries with their status, attempts and last error', async () => {
  const { value } = (await api.createWebhook({
    url: 'https://pms.example-hotel.com/k',
    events: ['ticket.created'],
  })) as {
    value: { webhook: { id: string } };
  };
  api.deliveryLog.set(value.webhook.id, [
    {
      id: crypto.randomUUID(),
      eventId: crypto.randomUUID(),
      event: 'ticket.created',
      status: 'pending',
      attempts: 2,
      lastStatusCode: 500,
      lastError: 'the receiver answered HTTP 500',
      createdAt: '2026-11-20T10:00:00.000Z',
      lastAttemptAt: '2026-11-20T10:01:00.000Z',
      nextAttemptAt: '2026-11-20T10:02:00.000Z',
      deliveredAt: null,
    },
  ]);
  root = await renderPage(<WebhooksSection api={api} timeZone="Europe/Istanbul" />);
  await vi.waitFor(() => expect($$('webhook')).toHaveLength(1));
  await click($('webhook-log')!);

  await vi.waitFor(() => expect($$('webhook-delivery')).toHaveLength(1));
  const row = $('webhook-delivery')!;
  expect(row.dataset.status).toBe('pending');
  expect(row.textContent).toContain('waiting to retry (HTTP 500)');
  expect(row.textContent).toContain('the receiver answered HTTP 500');
  expect(row.textContent).toContain('1:00 PM');
});
