import { describe, expect, it } from 'vitest';
import {
  activeClock,
  computeSlaClock,
  computeSlaClocks,
  interimUpdateStart,
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

describe('SLA clocks in business hours and across pauses', () => {
  it('runs a normal e-mail in business hours: sent 21:00 in Istanbul with 6 h, due 15:00 the next day', () => {
    const clock = computeSlaClock(
      facts({ channel: 'email', firstInboundAt: '2026-07-01T18:00:00.000Z', awaitingSince: null }),
      DEFAULT_SLA_POLICY,
    );
    // 21:00-22:00, 09:00-13:00, 14:00-15:00 local (UTC+3).
    expect(clock).toMatchObject({
      kind: 'first_response',
      targetMinutes: 360,
      dueAt: '2026-07-02T12:00:00.000Z',
    });
  });

  it('moves the due time by the length of a finished wait for the guest', () => {
    const clock = computeSlaClock(
      facts({
        statusPeriods: [
          { status: 'pending_guest', from: '2026-07-01T10:05:00.000Z', to: '2026-07-01T10:35:00.000Z' },
        ],
      }),
      DEFAULT_SLA_POLICY,
    );
    expect(clock).toMatchObject({ dueAt: '2026-07-01T10:45:00.000Z', pausedAt: null });
    expect(slaStatus(clock, new Date('2026-07-01T10:42:00Z'))).toMatchObject({
      state: 'due_soon',
      remainingMs: 180_000,
    });
  });

  it('keeps the time that was left while the ticket waits for the guest', () => {
    const clock = computeSlaClock(
      facts({
        status: 'pending_guest',
        statusPeriods: [{ status: 'pending_guest', from: '2026-07-01T10:05:00.000Z', to: null }],
      }),
      DEFAULT_SLA_POLICY,
    );
    expect(clock.pausedAt).toBe('2026-07-01T10:05:00.000Z');
    for (const now of ['2026-07-01T10:06:00Z', '2026-07-03T00:00:00Z']) {
      expect(slaStatus(clock, new Date(now))).toMatchObject({
        state: 'paused',
        remainingMs: 600_000,
        late: false,
      });
    }
  });

  it('judges a reply by the time before it: a wait for the guest after the reply changes nothing', () => {
    const clock = computeSlaClock(
      facts({
        firstResponseAt: '2026-07-01T10:10:00.000Z',
        awaitingSince: null,
        statusPeriods: [
          { status: 'pending_guest', from: '2026-07-01T10:12:00.000Z', to: '2026-07-01T11:00:00.000Z' },
        ],
      }),
      DEFAULT_SLA_POLICY,
    );
    expect(clock).toMatchObject({ kind: 'first_response', dueAt: '2026-07-01T10:15:00.000Z' });
    expect(slaStatus(clock, new Date('2026-07-02T00:00:00Z'))).toMatchObject({
      state: 'met',
      remainingMs: 300_000,
    });
  });

  it('does not move a next-response clock by a pause that ended before the guest wrote again', () => {
    const clock = computeSlaClock(
      facts({
        firstResponseAt: '2026-07-01T10:10:00.000Z',
        awaitingSince: '2026-07-01T11:00:00.000Z',
        statusPeriods: [
          { status: 'pending_guest', from: '2026-07-01T10:20:00.000Z', to: '2026-07-01T11:00:00.000Z' },
        ],
      }),
      DEFAULT_SLA_POLICY,
    );
    expect(clock).toMatchObject({ kind: 'next_response', dueAt: '2026-07-01T11:15:00.000Z' });
  });
});

describe('resolution and interim-update clocks', () => {
  const complaint = (over: Partial<SlaFacts> = {}) =>
    facts({
      stage: 'in_stay',
      topic: 'complaint',
      firstResponseAt: '2026-07-01T10:05:00.000Z',
      awaitingSince: null,
      ...over,
    });

  it('measures resolution from the first guest message to resolved, not to closed', () => {
    const { resolution } = computeSlaClocks(
      complaint({
        status: 'closed',
        statusPeriods: [
          { status: 'resolved', from: '2026-07-01T13:00:00.000Z', to: '2026-07-01T13:30:00.000Z' },
          { status: 'closed', from: '2026-07-01T13:30:00.000Z', to: null },
        ],
      }),
      DEFAULT_SLA_POLICY,
    );
    // In-stay: 4 hours.
    expect(resolution).toMatchObject({
      kind: 'resolution',
      startedAt: '2026-07-01T10:00:00.000Z',
      dueAt: '2026-07-01T14:00:00.000Z',
      metAt: '2026-07-01T13:00:00.000Z',
    });
    expect(slaStatus(resolution, new Date('2026-07-05T00:00:00Z'))).toMatchObject({
      state: 'met',
      late: false,
    });
  });

  it('does not count the time a ticket stood resolved before the guest reopened it', () => {
    const { resolution } = computeSlaClocks(
      complaint({
        statusPeriods: [
          { status: 'resolved', from: '2026-07-01T11:00:00.000Z', to: '2026-07-01T12:00:00.000Z' },
        ],
      }),
      DEFAULT_SLA_POLICY,
    );
    expect(resolution).toMatchObject({ dueAt: '2026-07-01T15:00:00.000Z', metAt: null, pausedAt: null });
  });

  it('asks for an interim update once a complaint overruns its resolution target, shown on the badge', () => {
    expect(interimUpdateStart(complaint(), DEFAULT_SLA_POLICY)).toBe('2026-07-01T14:00:00.000Z');
    const clocks = computeSlaClocks(complaint(), DEFAULT_SLA_POLICY);
    expect(clocks.interimUpdate).toMatchObject({
      kind: 'interim_update',
      startedAt: '2026-07-01T14:00:00.000Z',
      dueAt: '2026-07-01T14:30:00.000Z',
      metAt: null,
    });
    expect(activeClock(clocks)).toBe(clocks.interimUpdate);
    expect(slaStatus(clocks.interimUpdate!, new Date('2026-07-01T14:25:00Z')).state).toBe('due_soon');
    expect(slaStatus(clocks.interimUpdate!, new Date('2026-07-01T14:31:00Z')).state).toBe('breached');
  });

  it('counts any outbound message from the overrun on as the interim update', () => {
    const clock = computeSlaClock(
      complaint({ interimUpdateAt: '2026-07-01T14:20:00.000Z' }),
      DEFAULT_SLA_POLICY,
    );
    expect(clock).toMatchObject({ kind: 'interim_update', metAt: '2026-07-01T14:20:00.000Z' });
    expect(slaStatus(clock, new Date('2026-07-02T00:00:00Z'))).toMatchObject({ state: 'met', late: false });
  });

  it('asks for no interim update on a complaint resolved in time, nor on a question', () => {
    const resolvedInTime = complaint({
      status: 'resolved',
      statusPeriods: [{ status: 'resolved', from: '2026-07-01T12:00:00.000Z', to: null }],
    });
    expect(interimUpdateStart(resolvedInTime, DEFAULT_SLA_POLICY)).toBeNull();
    const question = computeSlaClocks(complaint({ topic: 'question' }), DEFAULT_SLA_POLICY);
    expect(question.interimUpdate).toBeNull();
    expect(activeClock(question)).toMatchObject({
      kind: 'first_response',
      metAt: '2026-07-01T10:05:00.000Z',
    });
  });
});
