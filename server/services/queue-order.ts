// The order of a work queue: breached first (longest over first), then due soon, then on track
// (least time left first), then the tickets whose clocks are stopped. Judged at `now`, which the
// caller passes, so the order is the badge's at that moment.
import { activeClock, slaStatus, type SlaStateName } from '../../shared/sla-clock.ts';
import type { Ticket } from '../../shared/ticket.ts';

const RANK: Record<SlaStateName, number> = { breached: 0, due_soon: 1, on_track: 2, paused: 3, met: 3 };

export function orderQueue(tickets: readonly Ticket[], now: Date): Ticket[] {
  const judged = tickets.map((ticket) => ({
    ticket,
    status: slaStatus(ticket.clocks ? activeClock(ticket.clocks) : ticket.sla, now),
  }));
  judged.sort(
    (a, b) =>
      RANK[a.status.state] - RANK[b.status.state] ||
      a.status.remainingMs - b.status.remainingMs ||
      a.ticket.recordNumber.localeCompare(b.ticket.recordNumber),
  );
  return judged.map((j) => j.ticket);
}
