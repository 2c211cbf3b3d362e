import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_ROUTING_CONFIG,
  RoutingConfig,
  escalationStep,
  routeTicket,
  type RoutingFacts,
} from '../../../shared/routing.ts';
import { classifyMessage } from '../../../shared/classification/classify-message.ts';
import { TOPICS, STAGES, TEAMS } from '../../../shared/taxonomy.ts';

const facts = (over: Partial<RoutingFacts>): RoutingFacts => ({
  topic: 'question',
  stage: 'pre_stay',
  priority: 'normal',
  escalation: [],
  area: null,
  ...over,
});

describe('routeTicket with the default rules (DOMAIN.md owners)', () => {
  it.each([
    [{ topic: 'cancellation' }, 'reservations'],
    [{ topic: 'change', stage: 'pre_stay' }, 'reservations'],
    [{ topic: 'change', stage: 'in_stay' }, 'front_office'],
    [{ topic: 'refund' }, 'accounting'],
    [{ topic: 'invoice', stage: 'post_stay' }, 'accounting'],
    [{ topic: 'lost_item' }, 'housekeeping'],
    [{ topic: 'question', stage: 'pre_stay' }, 'reservations'],
    [{ topic: 'question', stage: 'in_stay' }, 'front_office'],
    [{ topic: 'special_request', stage: 'in_stay' }, 'front_office'],
    [{ topic: 'complaint', stage: 'post_stay' }, 'guest_relations'],
    [{ topic: 'feedback' }, 'guest_relations'],
  ] as const)('%o -> %s', (over, team) => {
    expect(routeTicket(DEFAULT_ROUTING_CONFIG, facts(over)).team).toBe(team);
  });

  it('hands a complaint to the department it is about', () => {
    const ac = classifyMessage({ text: 'Klima çalışmıyor, oda 2314 çok sıcak', channel: 'whatsapp' });
    expect(routeTicket(DEFAULT_ROUTING_CONFIG, ac).team).toBe('technical_service');
    const towels = classifyMessage({ text: 'No towels and the room was not cleaned', channel: 'whatsapp' });
    expect(routeTicket(DEFAULT_ROUTING_CONFIG, towels).team).toBe('housekeeping');
  });

  it('gives a review threat to guest relations, makes it urgent and tells the supervisor', () => {
    const route = routeTicket(
      DEFAULT_ROUTING_CONFIG,
      facts({ topic: 'complaint', area: 'housekeeping', escalation: ['reputation_risk'] }),
    );
    expect(route).toMatchObject({ team: 'guest_relations', priority: 'urgent', notify: ['supervisor'] });
  });

  it('makes any escalation reason urgent and notifies the supervisor, without one nobody extra', () => {
    expect(
      routeTicket(DEFAULT_ROUTING_CONFIG, facts({ topic: 'refund', escalation: ['high_cost'] })),
    ).toMatchObject({
      team: 'accounting',
      priority: 'urgent',
      notify: ['supervisor'],
    });
    expect(routeTicket(DEFAULT_ROUTING_CONFIG, facts({ topic: 'refund' }))).toMatchObject({
      priority: 'normal',
      notify: [],
    });
  });

  it('routes a ticket without a topic yet to the default team', () => {
    expect(routeTicket(DEFAULT_ROUTING_CONFIG, facts({ topic: null, stage: null }))).toMatchObject({
      team: 'front_office',
      rule: null,
    });
  });

  it('always names a team, whatever the facts', () => {
    const anyFacts = fc.record({
      topic: fc.constantFrom(...TOPICS, null),
      stage: fc.constantFrom(...STAGES, null),
      priority: fc.constantFrom('urgent' as const, 'normal' as const),
      escalation: fc.subarray(['reputation_risk', 'safety', 'high_cost'] as const),
      area: fc.constantFrom(...TEAMS, null),
    });
    fc.assert(
      fc.property(anyFacts, (f) => {
        const route = routeTicket(DEFAULT_ROUTING_CONFIG, f);
        expect(TEAMS).toContain(route.team);
        if (f.escalation.length > 0) expect(route.priority).toBe('urgent');
      }),
    );
  });
});

describe('per-hotel routing config', () => {
  it('fills what a hotel leaves out with the defaults', () => {
    const config = RoutingConfig.parse({ defaultTeam: 'guest_relations' });
    expect(config.rules.length).toBeGreaterThan(0);
    expect(config.tiers).toEqual([
      { afterMinutes: 10, notify: 'team_lead' },
      { afterMinutes: 30, notify: 'supervisor' },
    ]);
  });

  it("follows a hotel's own rules: lost property at the front office, safety to the front office", () => {
    const config = RoutingConfig.parse({
      rules: [
        { topic: 'lost_item', team: 'front_office' },
        { escalation: 'safety', team: 'front_office' },
      ],
      escalationNotify: ['supervisor', 'coordinator'],
    });
    expect(routeTicket(config, facts({ topic: 'lost_item' })).team).toBe('front_office');
    expect(routeTicket(config, facts({ topic: 'complaint', escalation: ['safety'] }))).toMatchObject({
      team: 'front_office',
      notify: ['supervisor', 'coordinator'],
    });
  });

  // A hotel may add its own teams (a spa, a kids' club), so any well-formed team key routes; what
  // is refused is a key that cannot be one (spaces, capitals, markup) and a non-positive tier.
  it("routes to a hotel's own team and rejects a malformed team key or a non-positive tier", () => {
    const own = RoutingConfig.parse({ rules: [{ topic: 'refund', team: 'spa' }] });
    expect(routeTicket(own, facts({ topic: 'refund' })).team).toBe('spa');
    for (const team of ['Spa Team', '<b>spa</b>', '', 's', 'x'.repeat(41)]) {
      expect(RoutingConfig.safeParse({ rules: [{ topic: 'refund', team }] }).success).toBe(false);
    }
    expect(RoutingConfig.safeParse({ tiers: [{ afterMinutes: 0, notify: 'supervisor' }] }).success).toBe(
      false,
    );
  });
});

describe('escalationStep', () => {
  const since = '2026-07-01T10:00:00.000Z';
  const open = { status: 'open' as const, awaitingSince: since };
  const at = (minutes: number) => new Date(Date.parse(since) + minutes * 60_000);

  it('tells the team lead at 10 minutes and the supervisor at 30 by default', () => {
    expect(escalationStep(DEFAULT_ROUTING_CONFIG, open, at(9))).toEqual({
      level: 0,
      notify: [],
      nextAt: '2026-07-01T10:10:00.000Z',
    });
    expect(escalationStep(DEFAULT_ROUTING_CONFIG, open, at(10))).toEqual({
      level: 1,
      notify: ['team_lead'],
      nextAt: '2026-07-01T10:30:00.000Z',
    });
    expect(escalationStep(DEFAULT_ROUTING_CONFIG, open, at(45))).toEqual({
      level: 2,
      notify: ['team_lead', 'supervisor'],
      nextAt: null,
    });
  });

  it('does nothing for an answered, waiting or closed ticket', () => {
    expect(
      escalationStep(DEFAULT_ROUTING_CONFIG, { status: 'open', awaitingSince: null }, at(99)).level,
    ).toBe(0);
    for (const status of ['pending_guest', 'resolved', 'closed'] as const) {
      expect(escalationStep(DEFAULT_ROUTING_CONFIG, { status, awaitingSince: since }, at(99))).toEqual({
        level: 0,
        notify: [],
        nextAt: null,
      });
    }
  });

  it("uses a hotel's own tiers, in time order whatever order they were written in", () => {
    const config = RoutingConfig.parse({
      tiers: [
        { afterMinutes: 60, notify: 'supervisor' },
        { afterMinutes: 5, notify: 'team_lead' },
        { afterMinutes: 20, notify: 'coordinator' },
      ],
    });
    expect(escalationStep(config, open, at(25))).toEqual({
      level: 2,
      notify: ['team_lead', 'coordinator'],
      nextAt: '2026-07-01T11:00:00.000Z',
    });
  });

  it('never steps back as time passes (monotonic in time)', () => {
    const tier = fc.record({
      afterMinutes: fc.integer({ min: 1, max: 600 }),
      notify: fc.constantFrom('team_lead' as const, 'supervisor' as const, 'coordinator' as const),
    });
    fc.assert(
      fc.property(
        fc.array(tier, { maxLength: 5 }),
        fc.integer({ min: -100, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (tiers, early, gap) => {
          const config = RoutingConfig.parse({ tiers });
          const before = escalationStep(config, open, at(early));
          const after = escalationStep(config, open, at(early + gap));
          expect(after.level).toBeGreaterThanOrEqual(before.level);
          for (const target of before.notify) expect(after.notify).toContain(target);
          if (before.nextAt && after.level === before.level) expect(after.nextAt).toBe(before.nextAt);
        },
      ),
    );
  });
});
