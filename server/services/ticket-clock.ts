import { computeSlaClock, type SlaClock, type TicketStatus } from '../../shared/sla-clock.ts';
import type { SlaPolicy } from '../../shared/sla-policy.ts';
import type { Channel, Priority, Stage } from '../../shared/taxonomy.ts';

/** The stored ticket facts the clock is computed from (snake_case, as the rows carry them). */
export interface ClockFacts {
  channel: Channel;
  stage: Stage | null;
  priority: Priority;
  status: TicketStatus;
  status_changed_at: string | null;
  first_inbound_at: string;
  first_response_at: string | null;
  awaiting_since: string | null;
}

export function ticketClock(facts: ClockFacts, policy: SlaPolicy): SlaClock {
  return computeSlaClock(
    {
      channel: facts.channel,
      stage: facts.stage,
      priority: facts.priority,
      status: facts.status,
      statusChangedAt: facts.status_changed_at,
      firstInboundAt: facts.first_inbound_at,
      firstResponseAt: facts.first_response_at,
      awaitingSince: facts.awaiting_since,
    },
    policy,
  );
}
