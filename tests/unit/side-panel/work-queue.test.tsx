// The work queues and the inbox: a frontline agent has mine / team / unassigned (no "all"), a
// coordinator also "all"; breached tickets come first; an inbox entry goes once acknowledged.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openKonukDb, type KonukDb } from '../../../background/db.ts';
import { Inbox } from '../../../components/side-panel-inbox.tsx';
import { WorkQueue } from '../../../components/work-queue.tsx';
import type { Ticket } from '../../../shared/ticket.ts';
import { click, renderPage, ticketFixture, unmount, useEnglish } from '../components/page-kit.ts';
import { fakePageApi, type FakePageApi } from './fake-page-api.ts';

const NOW = Date.parse('2026-11-20T10:00:00.000Z');
let db: KonukDb;
let api: FakePageApi;
let root: HTMLElement | null = null;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  fakeBrowser.reset();
  useEnglish();
  db = openKonukDb(`konuk-queue-${crypto.randomUUID()}`);
  api = fakePageApi(db);
});
afterEach(async () => {
  if (root) await unmount(root);
  root = null;
  db.close();
  vi.useRealTimers();
});

function add(ticket: Ticket): Ticket {
  api.tickets.set(ticket.recordNumber, ticket);
  return ticket;
}

const rows = () =>
  [...root!.querySelectorAll<HTMLElement>('[data-testid="queue-row"]')].map(
    (row) => row.dataset.recordNumber,
  );

describe('work queues', () => {
  it("warns in the row before Booking.com's own 12-hour reply deadline", async () => {
    const waiting = new Date(NOW - 11 * 3_600_000).toISOString();
    const booking = add(
      ticketFixture(1, {
        ownerAgentId: api.agentId,
        channel: 'booking',
        awaitingSince: waiting,
        lastInboundAt: waiting,
      }),
    );
    root = await renderPage(<WorkQueue api={api} role="frontline" now={NOW} onOpen={() => {}} />);
    await vi.waitFor(() => expect(rows()).toEqual([booking.recordNumber]));
    expect(root.querySelector('[data-testid="queue-platform-clock"]')?.textContent).toMatch(/Booking/);
  });

  it('shows my tickets, breached first, and my team’s in its own tab; no "all" for frontline', async () => {
    const fresh = add(ticketFixture(1, { ownerAgentId: api.agentId, team: 'front_office' }));
    const breached = add(ticketFixture(40, { ownerAgentId: api.agentId, team: 'front_office' }));
    const colleagues = add(ticketFixture(3, { ownerAgentId: crypto.randomUUID(), team: 'front_office' }));
    const opened: string[] = [];
    root = await renderPage(
      <WorkQueue api={api} role="frontline" now={NOW} onOpen={(t) => opened.push(t.recordNumber)} />,
    );
    await vi.waitFor(() => expect(rows()).toEqual([breached.recordNumber, fresh.recordNumber]));
    expect(root.querySelector('[data-testid="queue-tab-all"]')).toBeNull();

    await click(root.querySelector('[data-testid="queue-tab-team"]')!);
    await vi.waitFor(() => expect(rows()).toContain(colleagues.recordNumber));
    await click(root.querySelector(`[data-record-number="${colleagues.recordNumber}"]`)!);
    expect(opened).toEqual([colleagues.recordNumber]);
  });

  it('gives coordinators the whole hotel’s queue', async () => {
    api.role = 'coordinator';
    add(ticketFixture(2, { team: 'reservations' }));
    root = await renderPage(<WorkQueue api={api} role="coordinator" now={NOW} onOpen={() => undefined} />);
    await click(root.querySelector('[data-testid="queue-tab-all"]')!);
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
  });
});

describe('the inbox', () => {
  it('holds one entry per ticket until the agent acknowledges it', async () => {
    const ticket = add(ticketFixture(20));
    api.inboxEntries = [
      {
        ticketId: ticket.id,
        recordNumber: ticket.recordNumber,
        count: 3,
        latest: {
          id: crypto.randomUUID(),
          kind: 'unanswered',
          ticketId: ticket.id,
          recordNumber: ticket.recordNumber,
          notify: 'ticket_owner',
          team: null,
          reasons: [],
          level: 1,
          at: '2026-11-20T09:55:00.000Z',
          forYou: true,
          seq: '7',
        },
      },
    ];
    const picked: string[] = [];
    root = await renderPage(<Inbox api={api} timeZone="Europe/Istanbul" onSelect={(r) => picked.push(r)} />);
    await vi.waitFor(() => expect(root!.querySelectorAll('[data-testid="inbox-entry"]')).toHaveLength(1));
    expect(root.querySelector('[data-testid="inbox-entry"]')!.textContent).toContain('3 alerts');
    await click(root.querySelector('[data-testid="inbox-acknowledge"]')!);
    await vi.waitFor(() => expect(root!.querySelector('[data-testid="inbox-empty"]')).not.toBeNull());
    expect(api.acknowledged).toEqual([ticket.id]);
  });
});
