import { describe, expect, it } from 'vitest';
import {
  computeSlaClock,
  slaStatus,
  compareUrgency,
  formatDuration,
  type SlaFacts,
} from '../../shared/sla-clock.ts';
import { DEFAULT_SLA_POLICY, resolveTarget } from '../../shared/sla-policy.ts';

const facts = (over: Partial<SlaFacts> = {}): SlaFacts => ({
  channel: 'whatsapp',
  priority: 'normal',
  status: 'open',
  firstInboundAt: '2026-07-01T10:00:00.000Z',
  firstResponseAt: null,
  awaitingSince: '2026-07-01T10:00:00.000Z',
  ...over,
});

describe('SLA policy defaults (DOMAIN.md channel norms)', () => {
  it('gives WhatsApp 15 minutes, 5 when urgent, and e-mail 6 h / 2 h', () => {
    expect(
      resolveTarget(DEFAULT_SLA_POLICY, { channel: 'whatsapp', priority: 'normal' }).firstResponseMinutes,
    ).toBe(15);
    expect(
      resolveTarget(DEFAULT_SLA_POLICY, { channel: 'whatsapp', priority: 'urgent' }).firstResponseMinutes,
    ).toBe(5);
    expect(
      resolveTarget(DEFAULT_SLA_POLICY, { channel: 'email', priority: 'normal' }).firstResponseMinutes,
    ).toBe(360);
    expect(
      resolveTarget(DEFAULT_SLA_POLICY, { channel: 'email', priority: 'urgent' }).firstResponseMinutes,
    ).toBe(120);
    expect(
      resolveTarget(DEFAULT_SLA_POLICY, { channel: 'booking', priority: 'normal' }).firstResponseMinutes,
    ).toBe(1440);
  });
});

describe('SLA clock', () => {
  it('runs the first-response clock from the first inbound message', () => {
    const clock = computeSlaClock(facts(), DEFAULT_SLA_POLICY);
    expect(clock.kind).toBe('first_response');
    expect(clock.dueAt).toBe('2026-07-01T10:15:00.000Z');
    expect(slaStatus(clock, new Date('2026-07-01T10:05:00Z'))).toMatchObject({
      state: 'on_track',
      remainingMs: 600_000,
    });
    expect(slaStatus(clock, new Date('2026-07-01T10:12:00Z')).state).toBe('due_soon');
    expect(slaStatus(clock, new Date('2026-07-01T10:20:00Z'))).toMatchObject({
      state: 'breached',
      remainingMs: -300_000,
    });
  });

  it('stops when the hotel answers, remembering whether it was late', () => {
    const onTime = computeSlaClock(
      facts({ firstResponseAt: '2026-07-01T10:10:00.000Z', awaitingSince: null }),
      DEFAULT_SLA_POLICY,
    );
    expect(slaStatus(onTime, new Date('2026-07-02T00:00:00Z'))).toMatchObject({ state: 'met', late: false });
    const late = computeSlaClock(
      facts({ firstResponseAt: '2026-07-01T10:30:00.000Z', awaitingSince: null }),
      DEFAULT_SLA_POLICY,
    );
    expect(slaStatus(late, new Date('2026-07-02T00:00:00Z'))).toMatchObject({ state: 'met', late: true });
  });

  it('starts a next-response clock when the guest writes again after a reply', () => {
    const clock = computeSlaClock(
      facts({ firstResponseAt: '2026-07-01T10:10:00.000Z', awaitingSince: '2026-07-01T11:00:00.000Z' }),
      DEFAULT_SLA_POLICY,
    );
    expect(clock.kind).toBe('next_response');
    expect(clock.dueAt).toBe('2026-07-01T11:15:00.000Z');
  });

  it('pauses while the ticket waits for the guest', () => {
    const clock = computeSlaClock(
      facts({ status: 'pending_guest', statusChangedAt: '2026-07-01T10:05:00.000Z' }),
      DEFAULT_SLA_POLICY,
    );
    expect(slaStatus(clock, new Date('2026-07-01T12:00:00Z'))).toMatchObject({
      state: 'paused',
      late: false,
    });
  });

  it('orders breached before due soon before on track, stopped clocks last', () => {
    const now = new Date('2026-07-01T10:20:00Z');
    const breached = slaStatus(computeSlaClock(facts(), DEFAULT_SLA_POLICY), now);
    const fresh = slaStatus(
      computeSlaClock(facts({ firstInboundAt: '2026-07-01T10:19:00.000Z' }), DEFAULT_SLA_POLICY),
      now,
    );
    const met = slaStatus(
      computeSlaClock(
        facts({ firstResponseAt: '2026-07-01T10:01:00.000Z', awaitingSince: null }),
        DEFAULT_SLA_POLICY,
      ),
      now,
    );
    expect([met, fresh, breached].sort(compareUrgency)).toEqual([breached, fresh, met]);
  });

  it('formats durations compactly', () => {
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(-300_000)).toBe('5 min');
    expect(formatDuration(3_900_000)).toBe('1 h 05 min');
    expect(formatDuration(90_000_000)).toBe('1 d 1 h');
  });
});
