// The coordinators' dashboard prints the report's numbers as text (tables, figures and the
// values beside each bar), so what a coordinator reads is exactly what the API computed.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openKonukDb, type KonukDb } from '../../../background/db.ts';
import { Dashboard } from '../../../components/dashboard.tsx';
import type { ReportSummary } from '../../../shared/api-contract.ts';
import { renderPage, unmount, useEnglish } from '../components/page-kit.ts';
import { fakePageApi, type FakePageApi } from './fake-page-api.ts';

let db: KonukDb;
let api: FakePageApi;
let root: HTMLElement | null = null;

const SUMMARY: ReportSummary = {
  timeZone: 'Europe/Istanbul',
  from: '2026-11-16',
  to: '2026-11-22',
  channels: [
    {
      channel: 'whatsapp',
      messagesSeen: 120,
      messagesLogged: 118,
      ticketsOpened: 40,
      firstResponse: { answered: 38, medianMinutes: 7.4, p90Minutes: 24 },
      breaches: 3,
    },
    {
      channel: 'email',
      messagesSeen: 30,
      messagesLogged: 30,
      ticketsOpened: 12,
      firstResponse: { answered: 0, medianMinutes: null, p90Minutes: null },
      breaches: 0,
    },
  ],
  topics: [
    { topic: 'question', tickets: 20, resolved: 18, resolution: { medianMinutes: 45, p90Minutes: 185 } },
    { topic: 'complaint', tickets: 6, resolved: 4, resolution: { medianMinutes: 300, p90Minutes: 1440 } },
    { topic: 'refund', tickets: 0, resolved: 0, resolution: { medianMinutes: null, p90Minutes: null } },
    { topic: 'change', tickets: 9, resolved: 9, resolution: { medianMinutes: 30, p90Minutes: 60 } },
    { topic: 'invoice', tickets: 3, resolved: 3, resolution: { medianMinutes: 20, p90Minutes: 50 } },
    { topic: 'lost_item', tickets: 2, resolved: 1, resolution: { medianMinutes: 90, p90Minutes: 90 } },
    { topic: 'feedback', tickets: 12, resolved: 12, resolution: { medianMinutes: 5, p90Minutes: 10 } },
  ],
  tickets: 52,
  resolutionRate: 0.8269,
  reopenRate: 0.05,
  escalationRate: null,
  csat: { responses: 17, average: 4.35 },
};

beforeEach(() => {
  fakeBrowser.reset();
  useEnglish();
  db = openKonukDb(`konuk-dash-${crypto.randomUUID()}`);
  api = fakePageApi(db);
  api.role = 'coordinator';
  api.summary = SUMMARY;
  api.health = [
    {
      agentId: crypto.randomUUID(),
      agentName: 'Ayşe Frontline',
      platform: 'booking',
      ok: false,
      problem: 'no_messages_read; selector pack built-in',
      pageUrlHost: 'admin.booking.com',
      reportedAt: '2026-11-22T08:00:00.000Z',
      reports: 5,
      problemReports: 2,
      lastProblemAt: '2026-11-22T08:00:00.000Z',
    },
  ];
});
afterEach(async () => {
  if (root) await unmount(root);
  root = null;
  db.close();
});

async function open() {
  root = await renderPage(<Dashboard api={api} now={new Date('2026-11-22T12:00:00.000Z')} />);
  await vi.waitFor(() =>
    expect(root!.querySelector('[data-testid="channel-table"], [data-testid="dash-error"]')).not.toBeNull(),
  );
}
const cells = (row: Element) => [...row.querySelectorAll('td')].map((cell) => cell.textContent);

describe('the dashboard', () => {
  it('asks for the last seven days by default', async () => {
    await open();
    expect(api.periods).toEqual([['2026-11-16', '2026-11-22']]);
  });

  it('prints seen vs logged, the gap, first-response median and p90, and breaches per channel', async () => {
    await open();
    const rows = [...root!.querySelectorAll('[data-testid="channel-row"]')];
    expect(rows.map(cells)).toEqual([
      ['WhatsApp', '120', '118', '2', '40', '7 min', '24 min', '3'],
      ['E-mail', '30', '30', '0', '12', '—', '—', '0'],
    ]);
  });

  it('prints the period’s rates and CSAT, with a dash where there is no figure', async () => {
    await open();
    const figure = (name: string) => root!.querySelector(`[data-testid="figure-${name}"] b`)!.textContent;
    expect(figure('tickets')).toBe('52');
    expect(figure('resolution-rate')).toBe('83%');
    expect(figure('reopen-rate')).toBe('5%');
    expect(figure('escalation-rate')).toBe('—');
    // 4.35 rounds half up, as a reader would (toFixed's binary 4.3 was a surprise).
    expect(figure('csat')).toBe('4.4');
    expect(root!.querySelector('[data-testid="figure-csat"]')!.textContent).toContain('17 answers');
  });

  it('prints resolution time per topic and charts the top five topics by tickets', async () => {
    await open();
    const complaint = root!.querySelector('[data-testid="topic-row"][data-topic="complaint"]')!;
    expect(cells(complaint)).toEqual(['Complaint', '6', '4', '5 hr 00 min', '1 day 0 hr']);
    const bars = [...root!.querySelectorAll('[data-testid="chart-top-topics"] [data-row]')];
    expect(
      bars.map((bar) => [bar.getAttribute('data-row'), bar.querySelector('text[data-value]')!.textContent]),
    ).toEqual([
      ['Question', '20'],
      ['Feedback', '12'],
      ['Change', '9'],
      ['Complaint', '6'],
      ['Invoice', '3'],
    ]);
  });

  it('charts seen vs logged with each value written beside its bar', async () => {
    await open();
    const whatsapp = root!.querySelector('[data-testid="chart-seen-logged"] [data-row="WhatsApp"]')!;
    expect([...whatsapp.querySelectorAll('text[data-value]')].map((text) => text.textContent)).toEqual([
      '120',
      '118',
    ]);
  });

  it('shows which agents’ Konuk cannot read which platform', async () => {
    await open();
    const row = root!.querySelector('[data-testid="health-row"]')!;
    expect(cells(row).slice(0, 4)).toEqual([
      'Booking.com extranet',
      'Ayşe Frontline',
      'cannot read',
      'no_messages_read; selector pack built-in',
    ]);
  });

  it('tells a frontline agent that the report is for coordinators', async () => {
    api.role = 'frontline';
    await open();
    expect(root!.querySelector('[data-testid="dash-error"]')!.textContent).toBe(
      'Only coordinators and supervisors can see this.',
    );
  });
});
