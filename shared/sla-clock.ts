// The SLA clocks: one definition used by the API (authoritative, stored on the ticket) and by
// the extension (the live badge, and tickets still waiting in the offline outbox), so the
// badge and the server can never disagree about a ticket's state.
import { z } from 'zod';
import type { BusinessCalendar } from './business-calendar.ts';
import { resolveTarget, type SlaPolicy, type SlaTargets } from './sla-policy.ts';
import {
  changeStatusPeriods,
  finishedPauses,
  resolvedAt,
  runningStop,
  TicketStatus,
  type StatusPeriod,
} from './sla-status-periods.ts';
import { addWorkingMs, type Pause } from './sla-working-time.ts';
import type { Channel, Priority, Stage, Topic } from './taxonomy.ts';
import type { PublicSource } from './message.ts';

export { TicketStatus };

export const SlaClockKind = z.enum(['first_response', 'next_response', 'interim_update', 'resolution']);
export type SlaClockKind = z.infer<typeof SlaClockKind>;

export const SlaStateName = z.enum(['on_track', 'due_soon', 'breached', 'paused', 'met']);
export type SlaStateName = z.infer<typeof SlaStateName>;

const isoDateTime = z.iso.datetime({ offset: true });

/** What the server stores and sends: everything the badge needs to tick on its own. */
export const SlaClock = z.object({
  kind: SlaClockKind,
  startedAt: isoDateTime,
  /** Start + target in the policy's time (calendar or business hours), later by finished pauses. */
  dueAt: isoDateTime,
  targetMinutes: z.number().positive(),
  /** Set when the clock stopped because the hotel did what it asked for. */
  metAt: isoDateTime.nullable(),
  /** Set while the ticket waits for the guest or is resolved or closed. */
  pausedAt: isoDateTime.nullable(),
  dueSoonShare: z.number().min(0).max(1),
});
export type SlaClock = z.infer<typeof SlaClock>;

/** Every clock of a ticket; `activeClock` picks the one the badge shows. */
export const SlaClocks = z.object({
  firstResponse: SlaClock,
  /** While a guest message after the hotel's reply is unanswered. */
  nextResponse: SlaClock.nullable(),
  /** For topics that need one (complaints) once the resolution target is overrun. */
  interimUpdate: SlaClock.nullable(),
  resolution: SlaClock,
});
export type SlaClocks = z.infer<typeof SlaClocks>;

/** The ticket facts the clocks depend on. */
export interface SlaFacts {
  channel: Channel;
  /** The public source that opened or joined the ticket (issue 11): its reply target applies. */
  publicSource?: PublicSource | null;
  stage?: Stage | null;
  priority: Priority;
  topic?: Topic | null;
  status: TicketStatus;
  firstInboundAt: string;
  firstResponseAt: string | null;
  /** The oldest inbound message not yet answered by an outbound one, if any. */
  awaitingSince: string | null;
  statusChangedAt?: string | null;
  /** The ticket's stops, oldest first; without them, one stop from statusChangedAt is assumed. */
  statusPeriods?: readonly StatusPeriod[];
  /** The first outbound message at or after `interimUpdateStart` (the update that meets it). */
  interimUpdateAt?: string | null;
}

const MINUTE_MS = 60_000;

interface ClockContext {
  calendar: BusinessCalendar | null;
  pauses: Pause[];
  /** When the running stop began, if the ticket is not open. */
  stoppedAt: number | null;
  dueSoonShare: number;
}

/** What every clock of a ticket shares: its targets, the time it counts, and its stops. */
interface Prepared {
  targets: SlaTargets;
  context: ClockContext;
  /** When the ticket was resolved, if it is resolved or closed now. */
  resolved: string | null;
}

function prepare(facts: SlaFacts, policy: SlaPolicy): Prepared {
  const targets = resolveTarget(policy, facts);
  // Reconciled with the status, so facts from before periods were kept still stop the clock.
  const periods = changeStatusPeriods(
    facts.statusPeriods ?? [],
    facts.status,
    facts.statusChangedAt ?? facts.firstInboundAt,
  );
  const stop = runningStop(periods);
  const context: ClockContext = {
    calendar:
      targets.timeBasis === 'business' ? { timeZone: policy.timeZone, hours: policy.businessHours } : null,
    pauses: finishedPauses(periods),
    stoppedAt: stop ? Date.parse(stop.from) : null,
    dueSoonShare: policy.dueSoonShare,
  };
  return { targets, context, resolved: resolvedAt(periods) };
}

const later = (iso: string, floorMs: number) =>
  Date.parse(iso) >= floorMs ? iso : new Date(floorMs).toISOString();

function pausesBefore(pauses: readonly Pause[], endMs: number): Pause[] {
  return pauses.flatMap(([from, to]) => (from < endMs ? [[from, Math.min(to, endMs)] as const] : []));
}

function clock(
  context: ClockContext,
  kind: SlaClockKind,
  startedAt: string,
  targetMinutes: number,
  metAt: string | null,
): SlaClock {
  const start = Date.parse(startedAt);
  const met = metAt === null ? null : later(metAt, start);
  // A clock that was met is judged by the pauses before it stopped, not by what came after.
  const pauses = met === null ? context.pauses : pausesBefore(context.pauses, Date.parse(met));
  const due = addWorkingMs(context.calendar, pauses, start, Math.round(targetMinutes * MINUTE_MS));
  const stopped = met === null && context.stoppedAt !== null;
  return {
    kind,
    startedAt,
    dueAt: new Date(due).toISOString(),
    targetMinutes,
    metAt: met,
    pausedAt: stopped ? new Date(Math.max(context.stoppedAt!, start)).toISOString() : null,
    dueSoonShare: context.dueSoonShare,
  };
}

function resolutionClock(facts: SlaFacts, policy: SlaPolicy, { targets, context, resolved }: Prepared) {
  const resolution = clock(context, 'resolution', facts.firstInboundAt, targets.resolutionMinutes, resolved);
  const needsUpdate =
    targets.interimUpdateMinutes !== null &&
    facts.topic != null &&
    policy.interimUpdateTopics.includes(facts.topic) &&
    (resolution.metAt === null || Date.parse(resolution.metAt) > Date.parse(resolution.dueAt));
  return { resolution, interimStart: needsUpdate ? resolution.dueAt : null };
}

/**
 * When a ticket's interim update becomes due to be sent: the moment its resolution target is
 * overrun. Null when its topic needs none or it was resolved in time. The caller finds the
 * first outbound message from then on and passes it as `interimUpdateAt`.
 */
export function interimUpdateStart(facts: SlaFacts, policy: SlaPolicy): string | null {
  return resolutionClock(facts, policy, prepare(facts, policy)).interimStart;
}

export function computeSlaClocks(facts: SlaFacts, policy: SlaPolicy): SlaClocks {
  const prepared = prepare(facts, policy);
  const { targets, context } = prepared;
  const { resolution, interimStart } = resolutionClock(facts, policy, prepared);
  const interimMet =
    interimStart !== null &&
    facts.interimUpdateAt != null &&
    Date.parse(facts.interimUpdateAt) >= Date.parse(interimStart)
      ? facts.interimUpdateAt
      : null;
  return {
    firstResponse: clock(
      context,
      'first_response',
      facts.firstInboundAt,
      targets.firstResponseMinutes,
      facts.firstResponseAt,
    ),
    nextResponse:
      facts.firstResponseAt !== null && facts.awaitingSince !== null
        ? clock(context, 'next_response', facts.awaitingSince, targets.nextResponseMinutes, null)
        : null,
    interimUpdate:
      interimStart === null
        ? null
        : clock(context, 'interim_update', interimStart, targets.interimUpdateMinutes!, interimMet),
    resolution,
  };
}

/**
 * The clock the badge shows: whatever the hotel owes next. An unanswered guest first, then an
 * interim update a long-running complaint needs; otherwise how the first response went.
 */
export function activeClock(clocks: SlaClocks): SlaClock {
  if (clocks.firstResponse.metAt === null) return clocks.firstResponse;
  return clocks.nextResponse ?? clocks.interimUpdate ?? clocks.firstResponse;
}

export function computeSlaClock(facts: SlaFacts, policy: SlaPolicy): SlaClock {
  return activeClock(computeSlaClocks(facts, policy));
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
