// The workspace beside the conversation, as an agent uses it: claim, a close the API refuses with
// every missing part in words, a close with a root cause, an action taken offline that says it
// waits, "no reply needed" on a thank-you, and guest text that stays text.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openKonukDb, type KonukDb } from '../../../background/db.ts';
import { TicketWorkspace } from '../../../components/ticket-workspace.tsx';
import type { MeResponse } from '../../../shared/api-contract.ts';
import type { StoredMessage, Ticket } from '../../../shared/ticket.ts';
import {
  click,
  englishMessage,
  renderPage,
  ticketFixture,
  unmount,
  useEnglish,
} from '../components/page-kit.ts';
import { fakePageApi, type FakePageApi } from './fake-page-api.ts';

const NOW = Date.parse('2026-11-20T10:00:00.000Z');
let db: KonukDb;
let api: FakePageApi;
let root: HTMLElement | null = null;
let ticket: Ticket;

function me(): MeResponse {
  return {
    agent: { id: api.agentId, name: 'Ayşe', role: api.role },
    hotel: { id: crypto.randomUUID(), name: 'Konuk Beach Resort', timeZone: 'Europe/Istanbul' },
  };
}

function guestMessage(text: string): StoredMessage {
  return {
    id: crypto.randomUUID(),
    ticketId: ticket.id,
    key: `whatsapp|chat|${text}`,
    channel: 'whatsapp',
    conversationId: ticket.conversationId,
    platformMessageId: crypto.randomUUID(),
    direction: 'inbound',
    senderName: 'Anna',
    senderHandle: null,
    sentAt: '2026-11-20T09:50:00.000Z',
    capturedAt: '2026-11-20T09:50:01.000Z',
    receivedAt: '2026-11-20T09:50:02.000Z',
    text,
    agentId: null,
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  fakeBrowser.reset();
  useEnglish();
  db = openKonukDb(`konuk-ws-${crypto.randomUUID()}`);
  api = fakePageApi(db);
  ticket = ticketFixture(8, { recordNumber: 'K-1042', topic: 'complaint', team: 'housekeeping' });
  api.tickets.set(ticket.recordNumber, ticket);
  api.causes = [
    {
      id: 'housekeeping-late',
      department: 'housekeeping',
      cause: 'Room not ready at check-in',
      active: true,
    },
    { id: 'old-cause', department: 'housekeeping', cause: 'Retired cause', active: false },
  ];
});
afterEach(async () => {
  if (root) await unmount(root);
  root = null;
  db.close();
  vi.useRealTimers();
});

async function open() {
  root = await renderPage(<TicketWorkspace api={api} recordNumber="K-1042" me={me()} now={NOW} />);
  await vi.waitFor(() => expect(root!.querySelector('[data-testid="ws-record-number"]')).not.toBeNull());
  return root;
}
const $ = (testId: string) => root!.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

async function choose(testId: string, value: string) {
  const select = $(testId) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('the ticket workspace', () => {
  it('shows the record, nobody as owner, the team and every running clock', async () => {
    await open();
    expect($('ws-record-number')!.textContent).toBe('K-1042');
    expect($('ws-owner')!.textContent).toContain(englishMessage('ws_unassigned'));
    expect($('ws-team')!.textContent).toBe('Housekeeping');
    expect([...root!.querySelectorAll('[data-testid="ws-clock"]')].length).toBeGreaterThan(0);
  });

  it('claims the ticket: the agent becomes its owner and is told so', async () => {
    await open();
    await click($('ws-claim')!);
    await vi.waitFor(() => expect($('ws-owner')!.textContent).toContain('Ayşe'));
    expect($('ws-line')!.textContent).toBe(englishMessage('ws_done_claim'));
    expect($('ws-claim')).toBeNull();
  });

  it('lists every missing part of a refused close in words and leaves the ticket open', async () => {
    api.closeMissing.set('K-1042', ['closing_message', 'incident']);
    await open();
    await click($('ws-close')!);
    expect($('ws-close-lacks')!.textContent).toContain(englishMessage('ws_missing_closing_message'));
    await click($('ws-close-submit')!);
    await vi.waitFor(() => expect($('ws-missing')).not.toBeNull());
    const parts = [...root!.querySelectorAll<HTMLElement>('[data-testid="ws-missing-part"]')];
    expect(parts.map((p) => p.dataset.part)).toEqual(['closing_message', 'incident', 'root_cause']);
    expect(parts[2]!.textContent).toBe(englishMessage('ws_missing_root_cause'));
    expect($('workspace')!.dataset.status).toBe('open');
  });

  it('closes with a root cause from the hotel’s active list', async () => {
    await open();
    await click($('ws-close')!);
    const offered = [...root!.querySelectorAll<HTMLOptionElement>('[data-testid="ws-root-cause"] option')];
    expect(offered.map((o) => o.value)).toEqual(['', 'housekeeping-late']);
    await choose('ws-root-cause', 'housekeeping-late');
    await click($('ws-close-submit')!);
    await vi.waitFor(() => expect($('workspace')!.dataset.status).toBe('closed'));
    expect(api.actions.at(-1)!.action).toMatchObject({
      kind: 'status',
      status: 'closed',
      rootCause: 'housekeeping-late',
    });
  });

  it('says an action taken offline is saved and waits, and counts what waits', async () => {
    api.online = false;
    await open();
    await click($('ws-wait')!);
    await vi.waitFor(() => expect($('ws-queued')?.dataset.count).toBe('1'));
    expect($('ws-line')!.dataset.tone).toBe('pending');
    expect($('ws-line')!.textContent).toBe(englishMessage('ws_queued'));
  });

  it('marks a thank-you "no reply needed" in one click, and shows guest markup as text', async () => {
    api.messages.set('K-1042', [guestMessage('<img src=x onerror=alert(1)>Perfect, thank you!')]);
    await open();
    const message = $('ws-message')!;
    expect(message.querySelector('img')).toBeNull();
    expect(message.textContent).toContain('<img src=x onerror=alert(1)>Perfect, thank you!');
    await click($('ws-no-reply-needed')!);
    await vi.waitFor(() => expect($('ws-no-reply-owed')).not.toBeNull());
    expect($('ws-no-reply-owed')!.textContent).toContain(englishMessage('ws_marked_no_reply'));
  });

  it('folds a long conversation to its newest messages', async () => {
    api.messages.set(
      'K-1042',
      Array.from({ length: 7 }, (_, i) => guestMessage(`message ${i + 1}`)),
    );
    await open();
    expect(root!.querySelectorAll('[data-testid="ws-message"]')).toHaveLength(3);
    expect(root!.querySelector('[data-testid="ws-messages"]')!.textContent).toContain('message 7');
    await click($('ws-messages-toggle')!);
    expect(root!.querySelectorAll('[data-testid="ws-message"]')).toHaveLength(7);
  });
});
