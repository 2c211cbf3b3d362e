// When a ticket was not open: waiting for the guest, resolved or closed. The clocks stop in
// these periods and do not count them, so each period is kept with its start and end: a pause
// that ended shifts a clock's due time by its length, the one still running stops the clock.
import { z } from 'zod';
import type { Pause } from './sla-working-time.ts';

export const TicketStatus = z.enum(['open', 'pending_guest', 'resolved', 'closed']);
export type TicketStatus = z.infer<typeof TicketStatus>;

const isoDateTime = z.iso.datetime({ offset: true });

export const StatusPeriod = z.object({
  status: TicketStatus.exclude(['open']),
  from: isoDateTime,
  /** Null while the ticket is still in this status. */
  to: isoDateTime.nullable(),
});
export type StatusPeriod = z.infer<typeof StatusPeriod>;

/** The periods once the ticket's status becomes `status` at `at` (the same status: no change). */
export function changeStatusPeriods(
  periods: readonly StatusPeriod[],
  status: TicketStatus,
  at: string,
): StatusPeriod[] {
  const current = periods[periods.length - 1];
  const running = current && current.to === null ? current : undefined;
  if ((running?.status ?? 'open') === status) return [...periods];
  const next = [...periods];
  if (running) {
    const end = Date.parse(at) < Date.parse(running.from) ? running.from : at;
    next[next.length - 1] = { ...running, to: end };
  }
  if (status !== 'open') next.push({ status, from: at, to: null });
  return next;
}

/** The stop still running (the ticket is not open), if any. */
export function runningStop(periods: readonly StatusPeriod[]): StatusPeriod | undefined {
  const last = periods[periods.length - 1];
  return last && last.to === null ? last : undefined;
}

/** The stops that have ended, as pauses a clock does not count. */
export function finishedPauses(periods: readonly StatusPeriod[]): Pause[] {
  return periods.flatMap((p) => (p.to === null ? [] : [[Date.parse(p.from), Date.parse(p.to)] as const]));
}

const DONE: ReadonlySet<TicketStatus> = new Set(['resolved', 'closed']);

/** When the ticket was resolved, if it is now resolved or closed: resolved then closed counts from resolved. */
export function resolvedAt(periods: readonly StatusPeriod[]): string | null {
  const running = runningStop(periods);
  if (!running || !DONE.has(running.status)) return null;
  let start = periods.length - 1;
  while (start > 0) {
    const before = periods[start - 1]!;
    if (!DONE.has(before.status) || before.to === null) break;
    if (Date.parse(before.to) !== Date.parse(periods[start]!.from)) break;
    start -= 1;
  }
  return periods[start]!.from;
}
