// Where an unanswered ticket stands on the hotel's escalation ladder (shared/routing.ts
// escalationStep), and which tiers it reached since it was last looked at: each tier is told
// once per unanswered stretch, and an answer puts the ticket back at the bottom.
import {
  escalationStep,
  type EscalationTier,
  type NotifyTarget,
  type RoutingConfig,
} from '../../shared/routing.ts';
import type { SlaClock, TicketStatus } from '../../shared/sla-clock.ts';
import type { Channel } from '../../shared/taxonomy.ts';

export interface ReachedTier {
  level: number;
  notify: NotifyTarget;
  /** When the tier was reached: the oldest unanswered message's time plus the tier's minutes. */
  at: string;
}

export interface LadderPosition {
  level: number;
  nextAt: string | null;
  reached: ReachedTier[];
}

const MINUTE_MS = 60_000;

/** The running response clock, for ladders relative to the channel's target (issue 8). */
export interface LadderClock {
  channel: Channel;
  clock: Pick<SlaClock, 'startedAt' | 'dueAt'>;
}

/**
 * The tiers in minutes since the oldest unanswered message: a hotel's per-channel ladder turns
 * each share of the target into minutes of this ticket's clock (its due time already counts
 * business hours and pauses, so a share of 1 is the breach itself); otherwise the fixed tiers.
 */
export function tiersFor(config: RoutingConfig, ladder: LadderClock | undefined): EscalationTier[] {
  if (!config.ladders || !ladder) return [...config.tiers];
  const tiers = config.ladders.channels[ladder.channel] ?? config.ladders.default;
  const span = Date.parse(ladder.clock.dueAt) - Date.parse(ladder.clock.startedAt);
  return tiers.map((tier) => ({
    afterMinutes: Math.max((tier.afterTargetShare * span) / MINUTE_MS, 1 / 60),
    notify: tier.notify,
  }));
}

export function climbLadder(
  config: RoutingConfig,
  facts: { status: TicketStatus; awaitingSince: string | null },
  storedLevel: number,
  now: Date,
  ladder?: LadderClock,
): LadderPosition {
  config = { ...config, tiers: tiersFor(config, ladder) };
  const step = escalationStep(config, facts, now);
  if (step.level <= storedLevel) return { level: step.level, nextAt: step.nextAt, reached: [] };
  const since = Date.parse(facts.awaitingSince!);
  const tiers = [...config.tiers].sort((a, b) => a.afterMinutes - b.afterMinutes);
  const reached = tiers.slice(storedLevel, step.level).map((tier, index) => ({
    level: storedLevel + index + 1,
    notify: tier.notify,
    at: new Date(since + tier.afterMinutes * MINUTE_MS).toISOString(),
  }));
  return { level: step.level, nextAt: step.nextAt, reached };
}
