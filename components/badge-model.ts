// What a message's badge says, decided from the facts alone so the badge can never look
// logged when it is not: no record number or "answered" before the background confirms.
import {
  formatDuration,
  slaStatus,
  type SlaClockKind,
  type SlaStatus,
  type TicketStatus,
} from '../shared/sla-clock.ts';
import type { LoggedState } from '../shared/runtime-messages.ts';
import type { BadgeFacts } from '../content-scripts/logged-state-store.ts';

export interface BadgeModel {
  logged: LoggedState;
  recordNumber: string | null;
  ticketStatus: TicketStatus | null;
  clockKind: SlaClockKind | null;
  sla: SlaStatus | null;
}

export function describeBadge(facts: BadgeFacts, now: Date): BadgeModel {
  if (facts.logged === 'unlogged') {
    return { logged: 'unlogged', recordNumber: null, ticketStatus: null, clockKind: null, sla: null };
  }
  const clock = facts.ticket?.sla ?? facts.provisionalSla;
  return {
    logged: facts.logged,
    recordNumber: facts.ticket?.recordNumber ?? null,
    ticketStatus: facts.ticket?.status ?? null,
    clockKind: clock?.kind ?? null,
    sla: clock ? slaStatus(clock, now) : null,
  };
}

/** Changes only when what the badge shows changes, so the per-second tick re-renders almost nothing. */
export function badgeSignature(model: BadgeModel): string {
  const clock = model.sla ? formatDuration(model.sla.remainingMs) : '';
  return [
    model.logged,
    model.recordNumber,
    model.ticketStatus,
    model.clockKind,
    model.sla?.state,
    clock,
  ].join('|');
}
