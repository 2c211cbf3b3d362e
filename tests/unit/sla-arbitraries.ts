// fast-check generators for the SLA property tests: business hours, zones, instants near DST
// changes, pauses, policies and ticket histories.
import fc from 'fast-check';
import { BusinessHours, type BusinessCalendar } from '../../shared/business-calendar.ts';
import { SlaPolicy } from '../../shared/sla-policy.ts';
import type { Pause } from '../../shared/sla-working-time.ts';
import { CHANNELS, PRIORITIES, STAGES, TOPICS } from '../../shared/taxonomy.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(iso);

export const timeZone = fc.constantFrom(
  'Europe/Istanbul',
  'Europe/Berlin',
  'America/New_York',
  'UTC',
  'Asia/Kathmandu',
  // Its DST change is half an hour.
  'Australia/Lord_Howe',
);

// Berlin, New York and Lord Howe change their clocks on these instants in 2026.
const DST_CHANGES = [
  '2026-03-08T07:00:00Z',
  '2026-03-29T01:00:00Z',
  '2026-04-04T15:00:00Z',
  '2026-10-03T15:30:00Z',
  '2026-10-25T01:00:00Z',
  '2026-11-01T06:00:00Z',
].map(ms);

/** Any instant in 2025-2027, or one within two days of a DST change. */
export const instant = fc.oneof(
  fc.integer({ min: ms('2025-06-01T00:00:00Z'), max: ms('2027-06-01T00:00:00Z') }),
  fc
    .tuple(fc.constantFrom(...DST_CHANGES), fc.integer({ min: -2 * DAY, max: 2 * DAY }))
    .map(([change, offset]) => change + offset),
);

const clockTime = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** Up to three shifts a day, at any minute, touching or apart. */
const dayShifts = fc.uniqueArray(fc.integer({ min: 0, max: 1440 }), { maxLength: 6 }).map((minutes) => {
  const sorted = [...minutes].sort((a, b) => a - b);
  const shifts = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) {
    shifts.push({ start: clockTime(sorted[i]!), end: clockTime(sorted[i + 1]!) });
  }
  return shifts;
});

const holiday = fc
  .integer({ min: ms('2025-06-01T00:00:00Z') / DAY, max: ms('2027-06-01T00:00:00Z') / DAY })
  .map((day) => new Date(day * DAY).toISOString().slice(0, 10));

export const businessHours = fc
  .record({
    weekly: fc.record({
      sun: dayShifts,
      mon: dayShifts,
      tue: dayShifts,
      wed: dayShifts,
      thu: dayShifts,
      fri: dayShifts,
      sat: dayShifts,
    }),
    holidays: fc.uniqueArray(holiday, { maxLength: 30 }),
  })
  .map((hours) => {
    const open = Object.values(hours.weekly).some((shifts) => shifts.length > 0);
    const weekly = open ? hours.weekly : { ...hours.weekly, wed: [{ start: '10:00', end: '10:30' }] };
    return BusinessHours.parse({ ...hours, weekly });
  });

export const businessCalendar: fc.Arbitrary<BusinessCalendar> = fc.record({ timeZone, hours: businessHours });

/** Finished pauses, possibly overlapping each other, within 2025-2027. */
export const pauses: fc.Arbitrary<Pause[]> = fc.array(
  fc
    .tuple(instant, fc.integer({ min: 0, max: 3 * DAY }))
    .map(([from, length]) => [from, from + length] as const),
  { maxLength: 5 },
);

const targetMinutes = fc.oneof(
  fc.integer({ min: 1, max: 3 * 24 * 60 }),
  fc.double({ min: 0.5, max: 600, noNaN: true }),
);

const rule = fc
  .record(
    {
      channel: fc.constantFrom(...CHANNELS),
      stage: fc.constantFrom(...STAGES),
      priority: fc.constantFrom(...PRIORITIES),
      firstResponseMinutes: targetMinutes,
      nextResponseMinutes: targetMinutes,
      interimUpdateMinutes: targetMinutes,
      resolutionMinutes: targetMinutes,
      timeBasis: fc.constantFrom('calendar' as const, 'business' as const),
    },
    { requiredKeys: [] },
  )
  .filter((r) => Object.keys(r).some((key) => key.endsWith('Minutes') || key === 'timeBasis'));

export const policy = fc
  .record({
    timeZone,
    dueSoonShare: fc.double({ min: 0, max: 1, noNaN: true }),
    timeBasis: fc.constantFrom('calendar' as const, 'business' as const),
    businessHours,
    interimUpdateTopics: fc.subarray([...TOPICS]),
    targets: fc.array(rule, { minLength: 1, maxLength: 8 }),
  })
  .map((input) => SlaPolicy.parse(input));

export type TicketEvent =
  | { at: number; kind: 'inbound' }
  | { at: number; kind: 'outbound' }
  | { at: number; kind: 'status'; status: 'open' | 'pending_guest' | 'resolved' | 'closed' };

/** A ticket's life: it opens on a guest message, then messages and status changes follow. */
export const ticketHistory = fc
  .tuple(
    instant,
    fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 2 * 24 * 60 }),
        fc.constantFrom('inbound', 'outbound', 'open', 'pending_guest', 'resolved', 'closed'),
      ),
      { maxLength: 12 },
    ),
  )
  .map(([start, steps]): TicketEvent[] => {
    const events: TicketEvent[] = [{ at: start, kind: 'inbound' }];
    let at = start;
    for (const [gap, kind] of steps) {
      at += gap * MINUTE;
      events.push(
        kind === 'inbound' || kind === 'outbound' ? { at, kind } : { at, kind: 'status', status: kind },
      );
    }
    return events;
  });

export const ticketLabels = fc.record({
  channel: fc.constantFrom(...CHANNELS),
  stage: fc.option(fc.constantFrom(...STAGES), { nil: null }),
  priority: fc.constantFrom(...PRIORITIES),
  topic: fc.option(fc.constantFrom(...TOPICS), { nil: null }),
});
