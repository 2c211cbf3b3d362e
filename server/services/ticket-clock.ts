// The server's side of the SLA clocks: the stored ticket facts (snake_case, as the rows carry
// them) become shared/sla-clock.ts facts, so the server runs exactly the clocks the badge shows.
import {
  activeClock,
  computeSlaClocks,
  interimUpdateStart,
  type SlaClock,
  type SlaClocks,
  type SlaFacts,
  type TicketStatus,
} from '../../shared/sla-clock.ts';
import type { SlaPolicy } from '../../shared/sla-policy.ts';
import { StatusPeriod } from '../../shared/sla-status-periods.ts';
import type { Channel, Priority, Stage, Topic } from '../../shared/taxonomy.ts';
import type { PublicSource } from '../../shared/message.ts';

/** The stored ticket facts the clocks are computed from. */
export interface ClockFacts {
  channel: Channel;
  /** The tickets.public_source column (issue 11); absent or null for a private contact. */
  public_source?: PublicSource | null;
  stage: Stage | null;
  priority: Priority;
  topic: Topic | null;
  status: TicketStatus;
  status_changed_at: string | null;
  /** The tickets.status_periods column, kept by the database on every change of status. */
  status_periods: unknown;
  first_inbound_at: string;
  first_response_at: string | null;
  awaiting_since: string | null;
}

/** The clock the badge shows, and every clock the ticket runs. */
export interface TicketClocks {
  sla: SlaClock;
  clocks: SlaClocks;
}

function slaFacts(facts: ClockFacts): SlaFacts {
  return {
    channel: facts.channel,
    publicSource: facts.public_source ?? null,
    stage: facts.stage,
    priority: facts.priority,
    topic: facts.topic,
    status: facts.status,
    statusChangedAt: facts.status_changed_at,
    statusPeriods: StatusPeriod.array().parse(facts.status_periods ?? []),
    firstInboundAt: facts.first_inbound_at,
    firstResponseAt: facts.first_response_at,
    awaitingSince: facts.awaiting_since,
  };
}

/** From when an outbound message counts as the interim update the ticket needs, if it needs one. */
export function interimUpdateSince(facts: ClockFacts, policy: SlaPolicy): string | null {
  return interimUpdateStart(slaFacts(facts), policy);
}

/** `interimUpdateAt`: the first outbound message at or after `interimUpdateSince`, if any. */
export function ticketClocks(
  facts: ClockFacts,
  policy: SlaPolicy,
  interimUpdateAt: string | null,
): TicketClocks {
  const clocks = computeSlaClocks({ ...slaFacts(facts), interimUpdateAt }, policy);
  return { sla: activeClock(clocks), clocks };
}

/**
 * When a guest message that reopens a waiting or resolved ticket ends the stop: when the guest
 * wrote, not when the message reached us (an extension that was offline must not stretch the
 * pause), and never after now. A message written before the stop began (captured late) ends it
 * at once: the guest was never the one being waited for.
 */
export function guestResumedAt(stoppedAt: string | null, guestWroteAt: string | null, now: string): string {
  const nowMs = Date.parse(now);
  if (stoppedAt === null) return now;
  const stoppedMs = Date.parse(stoppedAt);
  const wroteMs = guestWroteAt === null ? stoppedMs : Math.min(Date.parse(guestWroteAt), nowMs);
  return new Date(Math.max(wroteMs, stoppedMs)).toISOString();
}
