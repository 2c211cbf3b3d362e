// The dashboard's sections over the page API: the hotel's calendar picks the period (never the
// browser's date), charts have a title and a table under them, every figure opens the list of its
// tickets, tables download as CSV, and the coordinator's forms send what was filled in.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openKonukDb, type KonukDb } from '../../../background/db.ts';
import { gridOf } from '../../../components/charts.tsx';
import { Dashboard } from '../../../components/dashboard.tsx';
import type { BeforeAfterReport, WeeklyReport } from '../../../shared/report-contract.ts';
import type { DrillDownResponse, QaSample, RootCauseReport } from '../../../shared/report-loop-contract.ts';
import { fakePageApi, type FakePageApi } from '../side-panel/fake-page-api.ts';
import { click, renderPage, unmount, useEnglish } from './page-kit.ts';

let db: KonukDb;
let api: FakePageApi;
let root: HTMLElement | null = null;

const WEEKLY: WeeklyReport = {
  timeZone: 'Europe/Istanbul',
  from: '2026-11-09',
  to: '2026-11-22',
  weeks: ['2026-11-09', '2026-11-16'],
  topTopics: [{ week: '2026-11-16', rank: 1, topic: 'complaint', tickets: 4 }],
  channels: [
    {
      week: '2026-11-09',
      channel: 'whatsapp',
      tickets: 12,
      answered: 12,
      firstResponseMedianMinutes: 6,
      firstResponseP90Minutes: 20,
      slaMet: 10,
      slaMissed: 2,
      slaMetRate: 0.833,
    },
    {
      week: '2026-11-16',
      channel: 'whatsapp',
      tickets: 9,
      answered: 8,
      firstResponseMedianMinutes: 90,
      firstResponseP90Minutes: 300,
      slaMet: 5,
      slaMissed: 4,
      slaMetRate: 0.556,
    },
  ],
  resolution: [],
  rates: [
    {
      week: '2026-11-09',
      tickets: 12,
      everResolved: 10,
      reopened: 1,
      reopenRate: 0.1,
      escalated: 0,
      escalationRate: 0,
      csatResponses: 3,
      csatAverage: 4.5,
    },
    {
      week: '2026-11-16',
      tickets: 9,
      everResolved: 0,
      reopened: 0,
      reopenRate: null,
      escalated: 1,
      escalationRate: 0.111,
      csatResponses: 0,
      csatAverage: null,
    },
  ],
};

const TICKETS: DrillDownResponse = {
  figure: 'sla_missed',
  timeZone: 'Europe/Istanbul',
  from: '2026-11-16',
  to: '2026-11-22',
  total: 1,
  tickets: [
    {
      recordNumber: 'K-0042',
      channel: 'whatsapp',
      topic: 'complaint',
      status: 'open',
      team: 'housekeeping',
      ownerName: null,
      guestName: '<img src=x onerror=alert(1)>',
      firstInboundAt: '2026-11-17T07:00:00.000Z',
      conversationUrl: 'https://web.whatsapp.com/',
    },
  ],
};

beforeEach(() => {
  fakeBrowser.reset();
  useEnglish();
  db = openKonukDb(`konuk-dash-reports-${crypto.randomUUID()}`);
  api = fakePageApi(db);
  api.role = 'coordinator';
  history.replaceState(null, '', '#overview');
});
afterEach(async () => {
  if (root) await unmount(root);
  root = null;
  db.close();
});

async function open(section: string, now = new Date('2026-11-22T12:00:00.000Z')) {
  history.replaceState(null, '', `#${section}`);
  root = await renderPage(<Dashboard api={api} now={now} />);
  await vi.waitFor(() => expect(root!.querySelector('nav.sections')).not.toBeNull());
}

/** The element, once the page shows it. */
function find<E extends Element = HTMLElement>(selector: string): Promise<E> {
  return vi.waitFor(() => {
    const element = root!.querySelector<E>(selector);
    if (!element) throw new Error(`nothing matches ${selector}`);
    return element;
  });
}

const asked = (name: string) =>
  api.reportQueries.filter(([report]) => report === name).map(([, query]) => query);

describe('the dashboard’s calendar', () => {
  it('takes the hotel’s date near midnight, not the browser’s', async () => {
    // 22:30 UTC on 22 November is already the 23rd in Istanbul, whatever zone this machine is in.
    await open('overview', new Date('2026-11-22T22:30:00.000Z'));
    await vi.waitFor(() => expect(api.periods).toEqual([['2026-11-17', '2026-11-23']]));

    await click(root!.querySelector('[data-testid="preset-lastWeek"]')!);
    await vi.waitFor(() => expect(api.periods.at(-1)).toEqual(['2026-11-16', '2026-11-22']));
    await click(root!.querySelector('[data-testid="preset-thisMonth"]')!);
    await vi.waitFor(() => expect(api.periods.at(-1)).toEqual(['2026-11-01', '2026-11-23']));
  });
});

describe('the weekly section', () => {
  beforeEach(() => {
    api.reports.weekly = WEEKLY;
    api.reports.tickets = TICKETS;
  });

  it('draws each series as a titled chart with the same numbers in a table', async () => {
    await open('weekly');
    const chart = await find('[data-testid="chart-weekly-first-response"]');
    expect(chart.querySelector('svg')!.getAttribute('role')).toBe('img');
    expect(chart.querySelector('svg')!.getAttribute('aria-label')).toBe(
      'First response per channel per week (median)',
    );
    const rows = [...chart.querySelectorAll('details tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['Nov 9', '6 min'],
      ['Nov 16', '1 hr 30 min'],
    ]);
    // A week with no figure leaves a gap in the line rather than a zero.
    const rates = root!.querySelector('[data-testid="chart-weekly-rates"] [data-series="Reopened"]')!;
    expect(rates.querySelectorAll('circle')).toHaveLength(1);
    expect(asked('weekly')).toEqual([{ from: '2026-11-16', to: '2026-11-22' }]);
  });

  it('opens the tickets behind a figure, the guest’s name shown as text', async () => {
    await open('weekly');
    const missed = await find(
      '[data-testid="weekly-channel-row"][data-key="2026-11-16-whatsapp"] [data-cell="missed"] button',
    );
    expect(missed.textContent).toBe('4');
    await click(missed);
    await vi.waitFor(() => expect(root!.querySelector('[data-testid="drill-open"]')).not.toBeNull());

    expect(asked('tickets')).toEqual([
      { figure: 'sla_missed', from: '2026-11-16', to: '2026-11-22', channel: 'whatsapp' },
    ]);
    const row = root!.querySelector('[data-testid="drill-ticket-row"]')!;
    expect(row.querySelector('[data-testid="drill-open"]')!.getAttribute('data-record-number')).toBe(
      'K-0042',
    );
    expect(row.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(row.querySelector('img')).toBeNull();
    await click(root!.querySelector('[data-testid="drill-close"]')!);
    expect(root!.querySelector('[data-testid="drill-down"]')).toBeNull();
  });

  it('downloads a table as the API writes it in CSV', async () => {
    const created = vi.fn(() => 'blob:konuk');
    URL.createObjectURL = created;
    URL.revokeObjectURL = vi.fn();
    await open('weekly');
    await click(await find('[data-testid="csv-weekly-channels"]'));
    await vi.waitFor(() => expect(created).toHaveBeenCalled());
    expect(api.reportQueries.at(-1)).toEqual([
      'weekly',
      { from: '2026-11-09', to: '2026-11-22', table: 'channels' },
    ]);
  });
});

describe('the coordinator’s forms', () => {
  it('records an action against a top problem with its owner and due date', async () => {
    const report: RootCauseReport = {
      timeZone: 'Europe/Istanbul',
      from: '2026-11',
      to: '2026-11',
      months: ['2026-11'],
      departments: [{ month: '2026-11', department: 'housekeeping', tickets: 7 }],
      causes: [],
      problems: [
        {
          rank: 1,
          topic: 'complaint',
          rootCause: 'hk-room-not-clean',
          department: 'housekeeping',
          cause: 'Room not cleaned to standard',
          tickets: 7,
          previousMonthTickets: 3,
          actions: 0,
        },
      ],
      actions: [],
      actionTrend: [],
    };
    api.reports['root-causes'] = report;
    await open('rootCauses');
    const form = await find<HTMLFormElement>('[data-testid="action-form"]');
    form.querySelector<HTMLInputElement>('[name="action"]')!.value = 'Second check of every room';
    form.querySelector<HTMLInputElement>('[name="owner"]')!.value = 'Head of housekeeping';
    form.querySelector<HTMLInputElement>('[name="dueDate"]')!.value = '2026-12-15';
    await click(form.querySelector('button[type="submit"]')!);

    await vi.waitFor(() =>
      expect(api.reportWrites).toEqual([
        {
          topic: 'complaint',
          rootCause: 'hk-room-not-clean',
          month: '2026-11',
          action: 'Second check of every room',
          owner: 'Head of housekeeping',
          dueDate: '2026-12-15',
        },
      ]),
    );
  });

  it('scores a sampled conversation on the checklist with a coaching note', async () => {
    const sample: QaSample = {
      timeZone: 'Europe/Istanbul',
      week: '2026-11-09',
      weekEnd: '2026-11-15',
      samplePerAgent: 3,
      agents: [
        {
          agentId: crypto.randomUUID(),
          agentName: 'Ayşe',
          closed: 5,
          tickets: [
            {
              recordNumber: 'K-0007',
              channel: 'email',
              topic: 'invoice',
              closedAt: '2026-11-10T09:00:00.000Z',
              guestName: 'Anna',
              conversationUrl: null,
              score: null,
            },
          ],
        },
      ],
    };
    api.reports['qa/sample'] = sample;
    await open('quality');
    const form = await find<HTMLFormElement>('[data-testid="qa-form"]');
    for (const check of ['clear', 'empathetic', 'closingMessage']) {
      form.querySelector<HTMLInputElement>(`[data-check="${check}"]`)!.checked = true;
    }
    form.querySelector<HTMLTextAreaElement>('textarea')!.value = 'Confirm the fix before closing.';
    await click(form.querySelector('button[type="submit"]')!);

    await vi.waitFor(() =>
      expect(api.reportWrites).toEqual([
        {
          recordNumber: 'K-0007',
          checks: {
            clear: true,
            empathetic: true,
            fixConfirmed: false,
            rightTeam: false,
            closingMessage: true,
            templateFit: false,
          },
          note: 'Confirm the fix before closing.',
        },
      ]),
    );
    // Last week of the hotel's calendar by default.
    expect(asked('qa/sample')[0]).toEqual({ week: '2026-11-09' });
  });

  it('sets a sprint beside the period before it, each change marked better or worse', async () => {
    const report: BeforeAfterReport = {
      timeZone: 'Europe/Istanbul',
      before: { from: '2026-10-27', to: '2026-11-09' },
      sprint: { from: '2026-11-10', to: '2026-11-23' },
      kpis: [
        {
          kpi: 'firstResponseMedianMinutes',
          better: 'lower',
          before: 42,
          sprint: 12,
          change: -30,
          relativeChange: -0.714,
          improved: true,
        },
        {
          kpi: 'reopenRate',
          better: 'lower',
          before: 0.05,
          sprint: 0.08,
          change: 0.03,
          relativeChange: 0.6,
          improved: false,
        },
      ],
    };
    api.reports['before-after'] = report;
    await open('sprint');
    const rows = await vi.waitFor(() => {
      const found = [...root!.querySelectorAll('[data-testid="kpi-row"]')];
      expect(found).toHaveLength(2);
      return found;
    });
    const cells = (row: Element) => [...row.querySelectorAll('td')].map((cell) => cell.textContent);
    expect(rows.map(cells)).toEqual([
      ['First response, median', '42 min', '12 min', '-30 min', '-71%', 'Yes'],
      ['Reopened', '5%', '8%', '+3%', '+60%', 'No'],
    ]);
    expect(rows[0]!.querySelector('[data-cell="change"] span')!.className).toBe('better');
    // The sprint ending today, hotel calendar.
    expect(asked('before-after')).toEqual([{ sprintFrom: '2026-11-09' }]);
  });
});

describe('the line chart’s grid', () => {
  it('steps by round numbers, whole ones for counts', () => {
    expect(gridOf(1, true)).toEqual([0, 1]);
    expect(gridOf(7, true)).toEqual([0, 2, 4, 6, 8]);
    expect(gridOf(0.62, false)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(gridOf(0, true)).toEqual([0, 1]);
    expect(gridOf(1440, false)).toEqual([0, 500, 1000, 1500]);
  });
});
