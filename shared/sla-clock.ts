// The SLA clock: one definition used by the API (authoritative, stored on the ticket) and by
// the extension (the live badge, and tickets still waiting in the offline outbox), so the
// badge and the server can never disagree about a ticket's state.
import { z } from 'zod';
import { Channel, Priority, Stage } from './taxonomy.ts';
import { resolveTarget, type SlaPolicy } from './sla-policy.ts';

export const SlaClockKind = z.enum(['first_response', 'next_response']);
export type SlaClockKind = z.infer<typeof SlaClockKind>;

export const SlaStateName = z.enum(['on_track', 'due_soon', 'breached', 'paused', 'met']);
export type SlaStateName = z.infer<typeof SlaStateName>;

const isoDateTime = z.iso.datetime({ offset: true });

/** What the server stores and sends: everything the badge needs to tick on its own. */
export const SlaClock = z.object({
  kind: SlaClockKind,
  startedAt: isoDateTime,
  dueAt: isoDateTime,
  targetMinutes: z.number().positive(),
  /** Set when the clock stopped because the hotel answered. */
  metAt: isoDateTime.nullable(),
  /** Set while the ticket waits for the guest or is closed. */
  pausedAt: isoDateTime.nullable(),
  dueSoonShare: z.number().min(0).max(1),
});
export type SlaClock = z.infer<typeof SlaClock>;

export const TicketStatus = z.enum(['open', 'pending_guest', 'resolved', 'closed']);
export type TicketStatus = z.infer<typeof TicketStatus>;

/** The ticket facts the clock depends on. */
export interface SlaFacts {
  channel: Channel;
  stage?: Stage | null;
  priority: Priority;
  status: TicketStatus;
  firstInboundAt: string;
  firstResponseAt: string | null;
  /** The oldest inbound message not yet answered by an outbound one, if any. */
  awaitingSince: string | null;
  statusChangedAt?: string | null;
}

const MINUTE_MS = 60_000;

function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * MINUTE_MS).toISOString();
}

export function computeSlaClock(facts: SlaFacts, policy: SlaPolicy): SlaClock {
  const rule = resolveTarget(policy, facts);
  const stopped = facts.status !== 'open' ? (facts.statusChangedAt ?? facts.firstInboundAt) : null;
  const base = { dueSoonShare: policy.dueSoonShare, pausedAt: stopped };

  if (facts.firstResponseAt === null) {
    const target = rule.firstResponseMinutes;
    return {
      ...base,
      kind: 'first_response',
      startedAt: facts.firstInboundAt,
      dueAt: addMinutes(facts.firstInboundAt, target),
      targetMinutes: target,
      metAt: null,
    };
  }
  if (facts.awaitingSince !== null) {
    const target = rule.nextResponseMinutes ?? rule.firstResponseMinutes;
    return {
      ...base,
      kind: 'next_response',
      startedAt: facts.awaitingSince,
      dueAt: addMinutes(facts.awaitingSince, target),
      targetMinutes: target,
      metAt: null,
    };
  }
  return {
    ...base,
    kind: 'first_response',
    startedAt: facts.firstInboundAt,
    dueAt: addMinutes(facts.firstInboundAt, rule.firstResponseMinutes),
    targetMinutes: rule.firstResponseMinutes,
    metAt: facts.firstResponseAt,
  };
}

export interface SlaStatus {
  state: SlaStateName;
  /** Milliseconds left until due (negative: time over). For a met clock: the margin it was met by. */
  remainingMs: number;
  /** Whether the clock was (or is) past its due time. */
  late: boolean;
}

/** The state of a clock at `now`: what the badge shows, ticking without asking the server. */
export function slaStatus(clock: SlaClock, now: Date): SlaStatus {
  const due = Date.parse(clock.dueAt);
  if (clock.metAt !== null) {
    const margin = due - Date.parse(clock.metAt);
    return { state: 'met', remainingMs: margin, late: margin < 0 };
  }
  if (clock.pausedAt !== null) {
    const margin = due - Date.parse(clock.pausedAt);
    return { state: 'paused', remainingMs: margin, late: margin < 0 };
  }
  const remainingMs = due - now.getTime();
  if (remainingMs <= 0) return { state: 'breached', remainingMs, late: true };
  const share = remainingMs / (clock.targetMinutes * MINUTE_MS);
  return { state: share <= clock.dueSoonShare ? 'due_soon' : 'on_track', remainingMs, late: false };
}

/** Most urgent first: breached (longest over first), then least time left; stopped clocks last. */
export function compareUrgency(a: SlaStatus, b: SlaStatus): number {
  const stoppedA = a.state === 'met' || a.state === 'paused';
  const stoppedB = b.state === 'met' || b.state === 'paused';
  if (stoppedA !== stoppedB) return stoppedA ? 1 : -1;
  return a.remainingMs - b.remainingMs;
}

/** "1 h 05 min" / "45 s": compact, language-neutral duration for badges. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, '0')} min`;
  if (minutes > 0) return `${minutes} min`;
  return `${totalSeconds % 60} s`;
}
