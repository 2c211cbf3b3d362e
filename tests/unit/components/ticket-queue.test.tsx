import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openKonukDb, type KonukDb } from '../../../background/db.ts';
import { saveSettings } from '../../../background/settings.ts';
import { storeTickets } from '../../../background/store-tickets.ts';
import { createPageApi } from '../../../components/page-api.ts';
import { TicketQueue } from '../../../components/ticket-queue.tsx';
import type { Ticket } from '../../../shared/ticket.ts';
import { click, englishMessage, renderPage, ticketFixture, unmount, useEnglish } from './page-kit.ts';

let db: KonukDb;
let root: HTMLElement | null = null;
const sendMessage = vi.fn(async (_message: unknown): Promise<unknown> => ({ ok: true }));

beforeEach(async () => {
  fakeBrowser.reset();
  useEnglish();
  sendMessage.mockClear();
  fakeBrowser.runtime.sendMessage = sendMessage as never;
  db = openKonukDb(`konuk-popup-${crypto.randomUUID()}`);
  await saveSettings(db, { apiUrl: 'http://127.0.0.1:8787', token: 'agent-token' });
});

afterEach(async () => {
  if (root) await unmount(root);
  root = null;
  db.close();
  vi.restoreAllMocks();
});

async function seed(tickets: Ticket[]) {
  await db.transaction('rw', db.tickets, () => storeTickets(db, tickets));
}

async function shownRows(): Promise<HTMLElement[]> {
  root = await renderPage(<TicketQueue api={createPageApi(db)} />);
  await vi.waitFor(() =>
    expect(root!.querySelector('[data-testid="queue-empty"], [data-testid="ticket-row"]')).not.toBeNull(),
  );
  return [...root.querySelectorAll<HTMLElement>('[data-testid="ticket-row"]')];
}

describe('popup ticket queue', () => {
  it('lists open tickets most urgent first: longest overdue, then least time left, waiting-for-guest last', async () => {
    const onTrack = ticketFixture(1);
    const longOverdue = ticketFixture(90);
    const pending = ticketFixture(120, { status: 'pending_guest' });
    const dueSoon = ticketFixture(13);
    const justOverdue = ticketFixture(20);
    const closed = ticketFixture(300, { status: 'closed' });
    await seed([onTrack, longOverdue, pending, dueSoon, justOverdue, closed]);

    const rows = await shownRows();

    expect(rows.map((row) => row.dataset.recordNumber)).toEqual(
      [longOverdue, justOverdue, dueSoon, onTrack, pending].map((t) => t.recordNumber),
    );
    expect(rows.map((row) => row.dataset.slaState)).toEqual([
      'breached',
      'breached',
      'due_soon',
      'on_track',
      'paused',
    ]);
    expect(rows[0]!.textContent).toContain('WhatsApp');
    expect(rows[0]!.textContent).toContain(longOverdue.guestName!);
    expect(rows[0]!.querySelector('[data-testid="ticket-sla"]')!.textContent).toMatch(/^1 hr 1\d min over$/);
    expect(rows[4]!.textContent).toContain(englishMessage('status_pending_guest'));
  });

  it('shows guest names as text, never as markup', async () => {
    await seed([ticketFixture(5, { guestName: '<img src=x onerror=alert(1)>' })]);
    const [row] = await shownRows();
    expect(row!.querySelector('img')).toBeNull();
    expect(row!.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('asks the worker to sync as soon as it opens', async () => {
    await shownRows();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'konuk/sync-now' });
  });

  it('says how many messages wait to sync and why the last sync failed', async () => {
    await db.outbox.bulkAdd(
      ['a', 'b', 'c'].map((key) => ({
        key,
        state: 'queued' as const,
        attempts: 0,
        queuedAt: '',
        error: null,
      })),
    );
    await db.outbox.add({ key: 'd', state: 'parked', attempts: 1, queuedAt: '', error: 'refused' });
    await db.meta.put({ key: 'lastSyncError', value: { code: 'unreachable' } });
    await shownRows();

    expect(root!.querySelector('[data-testid="pending-count"]')!.textContent).toBe(
      englishMessage('queue_pending_sync', '3'),
    );
    const parked = root!.querySelector('[data-testid="parked-count"]')!;
    expect(parked.textContent).toContain(englishMessage('queue_parked', '1'));
    // The refused message can be sent again from where the agent reads that it was refused.
    expect(parked.querySelector('button')?.textContent).toBe(englishMessage('queue_retry_parked'));
    expect(root!.querySelector('[data-testid="sync-error"]')!.textContent).toBe(
      englishMessage('queue_sync_unreachable'),
    );
  });

  it('tells the agent to configure Konuk when there is no token', async () => {
    await saveSettings(db, { apiUrl: 'http://127.0.0.1:8787', token: '' });
    root = await renderPage(<TicketQueue api={createPageApi(db)} />);
    await vi.waitFor(() => expect(root!.querySelector('[data-testid="not-configured"]')).not.toBeNull());

    const open = vi.fn(async () => undefined);
    fakeBrowser.runtime.openOptionsPage = open as never;
    await click(root.querySelector('[data-testid="open-options"]')!);
    expect(open).toHaveBeenCalled();
  });

  it('brings the tab already on the conversation forward instead of opening another', async () => {
    const gmail = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/#inbox' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    await seed([ticketFixture(5, { conversationUrl: 'https://mail.google.com/mail/u/0/#inbox/18f2a' })]);

    const [row] = await shownRows();
    await click(row!);

    await vi.waitFor(() =>
      expect(update).toHaveBeenCalledWith(gmail.id, {
        active: true,
        url: 'https://mail.google.com/mail/u/0/#inbox/18f2a',
      }),
    );
    expect(create).not.toHaveBeenCalled();
  });

  it('opens the conversation in a new tab when no tab shows it', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await seed([ticketFixture(5, { conversationUrl: 'https://admin.booking.com/hotel/messaging?id=77' })]);

    const [row] = await shownRows();
    await click(row!);

    await vi.waitFor(() =>
      expect(create).toHaveBeenCalledWith({ url: 'https://admin.booking.com/hotel/messaging?id=77' }),
    );
  });

  it('never opens an address that is not a web page: the row cannot be clicked', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await seed([ticketFixture(5, { conversationUrl: 'javascript:alert(1)' })]);

    const [row] = await shownRows();
    await click(row!);
    // Let any tab work the click started finish before asserting it did nothing.
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(row!.hasAttribute('disabled')).toBe(true);
    expect(create).not.toHaveBeenCalled();
  });
});
