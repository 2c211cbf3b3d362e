// What the SLA clocks cost: every clock of one ticket (the server does this once per touched
// ticket per batch; a badge only reads the stored clock), in calendar time and in business hours
// with split shifts, DST zones and holidays; and adding long business-time targets.
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { addBusinessMs, BusinessHours, type BusinessCalendar } from '../shared/business-calendar.ts';
import { computeSlaClocks, type SlaFacts } from '../shared/sla-clock.ts';
import { DEFAULT_BUSINESS_HOURS, DEFAULT_SLA_POLICY, type SlaPolicy } from '../shared/sla-policy.ts';

const RESULTS = new URL('./results/', import.meta.url);
const MINUTE = 60_000;
const DAY = 86_400_000;
const ROUNDS = 20_000;

interface Figure {
  scenario: string;
  microsecondsPerCall: { p50: number; p95: number; mean: number };
}

/** Runs `work(i)` ROUNDS times after a warm-up, timing each call. */
function measure(scenario: string, work: (i: number) => unknown): Figure {
  for (let i = 0; i < 2_000; i++) work(i);
  const times: number[] = new Array(ROUNDS);
  let sink = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    sink += work(i) ? 1 : 0;
    times[i] = (performance.now() - started) * 1000;
  }
  if (sink < 0) throw new Error('unreachable');
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    scenario,
    microsecondsPerCall: {
      p50: round(times[Math.floor(ROUNDS * 0.5)]!),
      p95: round(times[Math.floor(ROUNDS * 0.95)]!),
      mean: round(times.reduce((sum, t) => sum + t, 0) / ROUNDS),
    },
  };
}

const START = Date.parse('2026-03-20T08:00:00Z');

/** A complaint that waited for the guest twice, starting at a different minute each call. */
function complaint(i: number): SlaFacts {
  const first = START + (i % 5_000) * 7 * MINUTE;
  const iso = (offset: number) => new Date(first + offset * MINUTE).toISOString();
  return {
    channel: 'email',
    stage: 'in_stay',
    priority: 'normal',
    topic: 'complaint',
    status: 'open',
    firstInboundAt: iso(0),
    firstResponseAt: iso(20),
    awaitingSince: iso(400),
    statusPeriods: [
      { status: 'pending_guest', from: iso(30), to: iso(90) },
      { status: 'resolved', from: iso(200), to: iso(400) },
    ],
    interimUpdateAt: null,
  };
}

const calendarPolicy: SlaPolicy = {
  ...DEFAULT_SLA_POLICY,
  timeBasis: 'calendar',
  targets: [{ firstResponseMinutes: 360, resolutionMinutes: 240, interimUpdateMinutes: 30 }],
};
const businessPolicy: SlaPolicy = {
  ...DEFAULT_SLA_POLICY,
  timeZone: 'Europe/Berlin',
  timeBasis: 'business',
  businessHours: { ...DEFAULT_BUSINESS_HOURS, holidays: ['2026-04-03', '2026-04-06', '2026-05-01'] },
  targets: calendarPolicy.targets,
};

const sparseWeek: BusinessCalendar = {
  timeZone: 'America/New_York',
  hours: BusinessHours.parse({ weekly: { wed: [{ start: '10:00', end: '12:00' }] } }),
};

export async function run(): Promise<void> {
  const figures = [
    measure('all four clocks, calendar time', (i) => computeSlaClocks(complaint(i), calendarPolicy)),
    measure('all four clocks, business hours (Berlin, split shifts, holidays, across DST)', (i) =>
      computeSlaClocks(complaint(i), businessPolicy),
    ),
    measure('add 3 days of business time, 2 h open a week (New York): 36 weeks walked', (i) =>
      addBusinessMs(sparseWeek, START + (i % 1_000) * DAY, 3 * 24 * 60 * MINUTE),
    ),
  ];
  for (const f of figures) {
    const { p50, p95, mean } = f.microsecondsPerCall;
    console.log(`${f.scenario}: p50 ${p50} µs, p95 ${p95} µs, mean ${mean} µs`);
  }
  await mkdir(RESULTS, { recursive: true });
  await writeFile(
    new URL('sla-clock.json', RESULTS),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), loadAverage: loadavg(), rounds: ROUNDS, figures }, null, 2)}\n`,
  );
}
