// Where an unanswered ticket stands on the hotel's escalation ladder (shared/routing.ts
// escalationStep), and which tiers it reached since it was last looked at: each tier is told
// once per unanswered stretch, and an answer puts the ticket back at the bottom.
import { escalationStep, type NotifyTarget, type RoutingConfig } from '../../shared/routing.ts';
import type { TicketStatus } from '../../shared/sla-clock.ts';

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

export function climbLadder(
  config: RoutingConfig,
  facts: { status: TicketStatus; awaitingSince: string | null },
  storedLevel: number,
  now: Date,
): LadderPosition {
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
