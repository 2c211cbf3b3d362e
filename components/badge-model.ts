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
import {
  platformRisk,
  type PlatformClocks,
  type PlatformFacts,
  type PlatformRisk,
} from '../shared/platform-clocks.ts';

export interface BadgeModel {
  logged: LoggedState;
  recordNumber: string | null;
  ticketStatus: TicketStatus | null;
  clockKind: SlaClockKind | null;
  sla: SlaStatus | null;
  /** The platform's own deadline (Booking.com Reply Score, Airbnb, Meta's window), when one runs. */
  platform: PlatformRisk | null;
}

/** What the platform's clock needs beyond the badge facts, and the hotel's own settings of it. */
export interface BadgePlatform {
  facts: PlatformFacts;
  clocks?: PlatformClocks;
}

export function describeBadge(facts: BadgeFacts, now: Date, platform?: BadgePlatform): BadgeModel {
  if (facts.logged === 'unlogged') {
    return {
      logged: 'unlogged',
      recordNumber: null,
      ticketStatus: null,
      clockKind: null,
      sla: null,
      platform: null,
    };
  }
  const clock = facts.ticket?.sla ?? facts.provisionalSla;
  return {
    logged: facts.logged,
    recordNumber: facts.ticket?.recordNumber ?? null,
    ticketStatus: facts.ticket?.status ?? null,
    clockKind: clock?.kind ?? null,
    sla: clock ? slaStatus(clock, now) : null,
    platform: platformOf(facts, now, platform),
  };
}

/** From the caller's facts, else from what the background told about the ticket. */
function platformOf(facts: BadgeFacts, now: Date, platform: BadgePlatform | undefined): PlatformRisk | null {
  if (platform) return platformRisk(platform.facts, now, platform.clocks);
  const ticket = facts.ticket;
  if (!ticket?.channel || !ticket.lastInboundAt) return null;
  return platformRisk(
    {
      channel: ticket.channel,
      status: ticket.status,
      awaitingSince: ticket.awaitingSince ?? null,
      lastInboundAt: ticket.lastInboundAt,
      visibility: ticket.visibility,
      privateJoinedAt: ticket.privateJoinedAt,
    },
    now,
  );
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
    model.platform?.state,
    model.platform && model.platform.state !== 'on_track' ? formatDuration(model.platform.remainingMs) : '',
  ].join('|');
}
