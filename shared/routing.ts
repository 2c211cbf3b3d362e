// Who owns a ticket and who hears about it. Topic, stage, escalation and the department the
// message is about pick the owning team through a hotel's rules (the most specific matching rule
// wins, as in the SLA policy); escalation reasons make a ticket urgent and tell the supervisor at
// once; a ticket nobody answers climbs the tiers (team lead, then supervisor) as time passes.
import { z } from 'zod';
import { Channel, EscalationReason, Priority, ROLES, Stage, Team, Topic } from './taxonomy.ts';
import type { TicketStatus } from './sla-clock.ts';

/**
 * A team's key: the seven departments of DOMAIN.md (taxonomy.ts Team) or one the hotel added in
 * its settings ("spa", "animation"). Lower-case, so it reads the same in URLs and reports.
 */
export const TeamKey = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]{1,39}$/,
    'a team key is lower-case letters, digits and underscores, like front_office',
  );
export type TeamKey = z.infer<typeof TeamKey>;

export const RoutingRule = z.object({
  topic: Topic.optional(),
  stage: Stage.optional(),
  escalation: EscalationReason.optional(),
  /** The department the message is about (the classifier's `area`). */
  area: Team.optional(),
  team: TeamKey,
});
export type RoutingRule = z.infer<typeof RoutingRule>;

/**
 * Who is told: the agent who owns the ticket (`ticket_owner`; its team while nobody owns it),
 * the lead of the owning team, or everyone holding a role.
 */
export const NotifyTarget = z.enum(['ticket_owner', 'team_lead', ...ROLES]);
export type NotifyTarget = z.infer<typeof NotifyTarget>;

export const EscalationTier = z.object({
  afterMinutes: z
    .number()
    .positive()
    .max(60 * 24 * 7),
  notify: NotifyTarget,
});
export type EscalationTier = z.infer<typeof EscalationTier>;

// DOMAIN.md: the owner is the department that fixes it. Reservations own what happens to a
// booking before arrival, accounting owns money, housekeeping keeps lost property, guest
// relations owns complaints and feedback unless the message names the department at fault.
export const DEFAULT_ROUTING_RULES: readonly RoutingRule[] = [
  { topic: 'question', team: 'front_office' },
  { topic: 'question', stage: 'pre_stay', team: 'reservations' },
  { topic: 'question', stage: 'post_stay', team: 'guest_relations' },
  { topic: 'change', team: 'reservations' },
  { topic: 'change', stage: 'in_stay', team: 'front_office' },
  { topic: 'cancellation', team: 'reservations' },
  { topic: 'refund', team: 'accounting' },
  { topic: 'invoice', team: 'accounting' },
  { topic: 'lost_item', team: 'housekeeping' },
  { topic: 'special_request', team: 'reservations' },
  { topic: 'special_request', stage: 'in_stay', team: 'front_office' },
  { topic: 'complaint', team: 'guest_relations' },
  { topic: 'complaint', area: 'technical_service', team: 'technical_service' },
  { topic: 'complaint', area: 'housekeeping', team: 'housekeeping' },
  { topic: 'complaint', area: 'food_beverage', team: 'food_beverage' },
  { topic: 'complaint', area: 'front_office', team: 'front_office' },
  { topic: 'feedback', team: 'guest_relations' },
  { escalation: 'reputation_risk', team: 'guest_relations' },
];

/**
 * A tier of a channel's ladder, relative to the running response clock's target: 0.5 is half
 * the target gone, 1 the breach, 2 twice the target. So an e-mail with five hours left is not
 * a supervisor's business yet, while a WhatsApp message is after twenty minutes.
 */
export const RelativeEscalationTier = z.object({
  afterTargetShare: z.number().positive().max(20),
  notify: NotifyTarget,
});
export type RelativeEscalationTier = z.infer<typeof RelativeEscalationTier>;

/** The owner first, the team lead at the breach, the supervisor when twice the target is gone. */
export const DEFAULT_RELATIVE_TIERS: readonly RelativeEscalationTier[] = [
  { afterTargetShare: 0.75, notify: 'ticket_owner' },
  { afterTargetShare: 1, notify: 'team_lead' },
  { afterTargetShare: 2, notify: 'supervisor' },
];

export const EscalationLadders = z
  .object({
    /** Every channel without a ladder of its own. */
    default: z.array(RelativeEscalationTier).max(10),
    channels: z.partialRecord(Channel, z.array(RelativeEscalationTier).max(10)).default({}),
  })
  .strict();
export type EscalationLadders = z.infer<typeof EscalationLadders>;

export const DEFAULT_ESCALATION_TIERS: readonly EscalationTier[] = [
  { afterMinutes: 10, notify: 'team_lead' },
  { afterMinutes: 30, notify: 'supervisor' },
];

export const RoutingConfig = z.object({
  /** The team of a ticket no rule matches. */
  defaultTeam: TeamKey.default('front_office'),
  rules: z.array(RoutingRule).default(() => [...DEFAULT_ROUTING_RULES]),
  /** Told at once when a ticket carries an escalation reason. */
  escalationNotify: z.array(NotifyTarget).min(1).default(['supervisor']),
  /** Unanswered-ticket tiers, by minutes since the oldest unanswered guest message. */
  tiers: z.array(EscalationTier).default(() => [...DEFAULT_ESCALATION_TIERS]),
  /**
   * Ladders relative to each channel's target (issue 8). When set they replace `tiers`; hotels
   * whose stored config predates them keep the fixed-minute tiers until a coordinator saves one.
   */
  ladders: EscalationLadders.optional(),
});
export type RoutingConfig = z.infer<typeof RoutingConfig>;

export const DEFAULT_ROUTING_CONFIG: RoutingConfig = RoutingConfig.parse({});

export interface RoutingFacts {
  topic: Topic | null;
  stage: Stage | null;
  priority: Priority;
  escalation: readonly EscalationReason[];
  area?: Team | null;
}

export interface Route {
  team: TeamKey;
  priority: Priority;
  /** Told now, because of the escalation reasons. */
  notify: NotifyTarget[];
  /** The rule that chose the team; null when the default team was used. */
  rule: RoutingRule | null;
}

/** An escalation reason outranks the topic, the topic the area, the area the stage. */
function specificity(rule: RoutingRule): number {
  return (rule.escalation ? 8 : 0) + (rule.topic ? 4 : 0) + (rule.area ? 2 : 0) + (rule.stage ? 1 : 0);
}

function matches(rule: RoutingRule, facts: RoutingFacts): boolean {
  if (rule.topic && rule.topic !== facts.topic) return false;
  if (rule.stage && rule.stage !== facts.stage) return false;
  if (rule.area && rule.area !== facts.area) return false;
  if (rule.escalation && !facts.escalation.includes(rule.escalation)) return false;
  return true;
}

export function routeTicket(config: RoutingConfig, facts: RoutingFacts): Route {
  let best: RoutingRule | null = null;
  for (const rule of config.rules) {
    if (matches(rule, facts) && (!best || specificity(rule) >= specificity(best))) best = rule;
  }
  const escalated = facts.escalation.length > 0;
  return {
    team: best?.team ?? config.defaultTeam,
    priority: escalated ? 'urgent' : facts.priority,
    notify: escalated ? [...new Set(config.escalationNotify)] : [],
    rule: best,
  };
}

export interface UnansweredFacts {
  status: TicketStatus;
  /** The oldest guest message not yet answered, if any. */
  awaitingSince: string | null;
}

export interface EscalationStep {
  /** How many tiers the ticket has reached (0: none). */
  level: number;
  /** Everyone the reached tiers tell, in tier order, each once. */
  notify: NotifyTarget[];
  /** When the next tier is reached while still unanswered; null when none is left. */
  nextAt: string | null;
}

const MINUTE_MS = 60_000;

/** Where an unanswered ticket stands on the escalation ladder at `now`. */
export function escalationStep(config: RoutingConfig, facts: UnansweredFacts, now: Date): EscalationStep {
  const since = facts.awaitingSince === null ? Number.NaN : Date.parse(facts.awaitingSince);
  if (facts.status !== 'open' || Number.isNaN(since)) return { level: 0, notify: [], nextAt: null };
  const elapsedMinutes = (now.getTime() - since) / MINUTE_MS;
  const tiers = [...config.tiers].sort((a, b) => a.afterMinutes - b.afterMinutes);
  const reached = tiers.filter((tier) => tier.afterMinutes <= elapsedMinutes);
  const next = tiers[reached.length];
  return {
    level: reached.length,
    notify: [...new Set(reached.map((tier) => tier.notify))],
    nextAt: next ? new Date(since + next.afterMinutes * MINUTE_MS).toISOString() : null,
  };
}
