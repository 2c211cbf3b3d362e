// Properties of the clocks over random policies and random ticket histories (guest and hotel
// messages, waits for the guest, resolving, reopening, closing), as the server would see them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeClock,
  computeSlaClocks,
  interimUpdateStart,
  SlaClocks,
  type SlaClock,
  type SlaFacts,
} from '../../shared/sla-clock.ts';
import type { SlaPolicy } from '../../shared/sla-policy.ts';
import {
  changeStatusPeriods,
  type StatusPeriod,
  type TicketStatus,
} from '../../shared/sla-status-periods.ts';
import { policy, ticketHistory, ticketLabels, type TicketEvent } from './sla-arbitraries.ts';

type Labels = Pick<SlaFacts, 'channel' | 'stage' | 'priority' | 'topic'>;

const iso = (ms: number) => new Date(ms).toISOString();

/** The facts the server derives from a history; a guest message reopens a waiting or resolved ticket. */
function factsOf(events: readonly TicketEvent[], labels: Labels, slaPolicy: SlaPolicy): SlaFacts {
  let status: TicketStatus = 'open';
  let periods: StatusPeriod[] = [];
  let statusChangedAt: string | null = null;
  let firstResponseAt: string | null = null;
  let awaitingSince: string | null = null;
  const outbound: number[] = [];
  for (const event of events) {
    const at = iso(event.at);
    if (event.kind === 'inbound') {
      if (status === 'closed') break;
      if (status !== 'open') {
        periods = changeStatusPeriods(periods, 'open', at);
        status = 'open';
        statusChangedAt = at;
      }
      awaitingSince ??= at;
    } else if (event.kind === 'outbound') {
      firstResponseAt ??= at;
      awaitingSince = null;
      outbound.push(event.at);
    } else if (status !== 'closed') {
      periods = changeStatusPeriods(periods, event.status, at);
      status = event.status;
      statusChangedAt = at;
    }
  }
  const facts: SlaFacts = {
    ...labels,
    status,
    statusChangedAt,
    statusPeriods: periods,
    firstInboundAt: iso(events[0]!.at),
    firstResponseAt,
    awaitingSince,
  };
  const start = interimUpdateStart(facts, slaPolicy);
  const update = start === null ? undefined : outbound.find((at) => at >= Date.parse(start));
  return { ...facts, interimUpdateAt: update === undefined ? null : iso(update) };
}

const presentClocks = (clocks: SlaClocks): SlaClock[] =>
  [clocks.firstResponse, clocks.nextResponse, clocks.interimUpdate, clocks.resolution].filter(
    (clock): clock is SlaClock => clock !== null,
  );

const ticket = fc.record({ events: ticketHistory, labels: ticketLabels, policy });

describe('SLA clocks over random policies and ticket histories', () => {
  it('produce valid clocks that are due after they start and never stop before they start', () => {
    fc.assert(
      fc.property(ticket, ({ events, labels, policy: slaPolicy }) => {
        const clocks = computeSlaClocks(factsOf(events, labels, slaPolicy), slaPolicy);
        expect(SlaClocks.safeParse(clocks).success).toBe(true);
        for (const clock of presentClocks(clocks)) {
          expect(Date.parse(clock.dueAt)).toBeGreaterThan(Date.parse(clock.startedAt));
          for (const stop of [clock.metAt, clock.pausedAt]) {
            if (stop !== null) expect(Date.parse(stop)).toBeGreaterThanOrEqual(Date.parse(clock.startedAt));
          }
          expect(clock.metAt !== null && clock.pausedAt !== null).toBe(false);
        }
      }),
    );
  });

  it('never make a clock due earlier because the ticket waited for the guest or stood resolved', () => {
    fc.assert(
      fc.property(ticket, ({ events, labels, policy: slaPolicy }) => {
        const facts = factsOf(events, labels, slaPolicy);
        const paused = computeSlaClocks(facts, slaPolicy);
        const neverPaused = computeSlaClocks(
          { ...facts, status: 'open', statusChangedAt: null, statusPeriods: [], interimUpdateAt: null },
          slaPolicy,
        );
        const due = (clock: SlaClock | null) => (clock === null ? null : Date.parse(clock.dueAt));
        expect(due(paused.firstResponse)).toBeGreaterThanOrEqual(due(neverPaused.firstResponse)!);
        expect(due(paused.resolution)).toBeGreaterThanOrEqual(due(neverPaused.resolution)!);
        if (paused.nextResponse)
          expect(due(paused.nextResponse)).toBeGreaterThanOrEqual(due(neverPaused.nextResponse)!);
        if (paused.interimUpdate && neverPaused.interimUpdate) {
          expect(due(paused.interimUpdate)).toBeGreaterThanOrEqual(due(neverPaused.interimUpdate)!);
        }
      }),
    );
  });

  it('show on the badge the first response until it is met, otherwise one of the other clocks', () => {
    fc.assert(
      fc.property(ticket, ({ events, labels, policy: slaPolicy }) => {
        const clocks = computeSlaClocks(factsOf(events, labels, slaPolicy), slaPolicy);
        const shown = activeClock(clocks);
        expect(presentClocks(clocks)).toContain(shown);
        if (clocks.firstResponse.metAt === null) expect(shown).toBe(clocks.firstResponse);
        else if (clocks.nextResponse) expect(shown).toBe(clocks.nextResponse);
      }),
    );
  });

  it('measure calendar time as plain addition when nothing paused the ticket', () => {
    fc.assert(
      fc.property(ticket, ({ events, labels, policy: slaPolicy }) => {
        const calendarPolicy: SlaPolicy = {
          ...slaPolicy,
          timeBasis: 'calendar',
          targets: slaPolicy.targets.map(({ timeBasis: _basis, ...rule }) => rule),
        };
        const facts = factsOf(events, labels, calendarPolicy);
        const open: SlaFacts = { ...facts, status: 'open', statusChangedAt: null, statusPeriods: [] };
        for (const clock of presentClocks(computeSlaClocks(open, calendarPolicy))) {
          expect(Date.parse(clock.dueAt) - Date.parse(clock.startedAt)).toBe(
            Math.round(clock.targetMinutes * 60_000),
          );
        }
      }),
    );
  });

  it('give the same clocks whatever time zone the machine runs in', () => {
    const machineZone = process.env.TZ;
    try {
      fc.assert(
        fc.property(ticket, ({ events, labels, policy: slaPolicy }) => {
          const results = ['UTC', 'America/New_York', 'Asia/Kathmandu'].map((zone) => {
            process.env.TZ = zone;
            return computeSlaClocks(factsOf(events, labels, slaPolicy), slaPolicy);
          });
          expect(results[1]).toEqual(results[0]);
          expect(results[2]).toEqual(results[0]);
        }),
        { numRuns: 50 },
      );
    } finally {
      if (machineZone === undefined) delete process.env.TZ;
      else process.env.TZ = machineZone;
    }
  });
});
