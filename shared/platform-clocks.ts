// The platforms' own clocks, as policy data (issue 10). They are not Konuk's SLA: they are what
// the platform scores the hotel on, or when it stops letting the hotel write at all.
// - Booking.com's Reply Score counts the guest messages answered within 12 hours, over the last
//   14 days (its default response target is 24 h; the score is stricter).
// - Airbnb's response rate counts the messages answered within 24 hours.
// - Meta (Instagram, Messenger) lets a business message a person only within 24 hours of that
//   person's last message; after that the window is closed.
// A hotel may change each (a stricter internal rule, a platform change) in its SLA policy.
import { z } from 'zod';
import type { Channel } from './taxonomy.ts';

const HOURS_IN_TWO_WEEKS = 14 * 24;

export const PlatformClockName = z.enum([
  'booking_reply_score',
  'airbnb_response_rate',
  'meta_messaging_window',
]);
export type PlatformClockName = z.infer<typeof PlatformClockName>;

const WindowHours = z.number().positive().max(HOURS_IN_TWO_WEEKS);

export const PlatformClocks = z
  .object({
    /** Booking.com Reply Score: replies within this many hours count. */
    bookingReplyHours: WindowHours.default(12),
    /** The days Booking.com's Reply Score looks back over (shown to the hotel, not a deadline). */
    bookingScoreDays: z.number().int().positive().max(90).default(14),
    /** Airbnb response rate: replies within this many hours count. */
    airbnbReplyHours: WindowHours.default(24),
    /** Meta's messaging window, from the guest's last message. */
    metaWindowHours: WindowHours.default(24),
    /** "At risk" this many minutes before a platform's deadline. */
    atRiskMinutes: z
      .number()
      .int()
      .positive()
      .max(24 * 60)
      .default(120),
  })
  .strict();
export type PlatformClocks = z.infer<typeof PlatformClocks>;

export const DEFAULT_PLATFORM_CLOCKS: PlatformClocks = PlatformClocks.parse({});

export type PlatformRiskState = 'on_track' | 'at_risk' | 'missed';

export interface PlatformRisk {
  clock: PlatformClockName;
  /** When the platform stops counting the reply as on time (or closes the window). */
  deadlineAt: string;
  remainingMs: number;
  state: PlatformRiskState;
}

/** What a platform deadline depends on: the ticket as the queue and the badge know it. */
export interface PlatformFacts {
  channel: Channel;
  status: 'open' | 'pending_guest' | 'resolved' | 'closed';
  /** The oldest unanswered guest message; null when nothing awaits a reply. */
  awaitingSince: string | null;
  /** The guest's latest message. */
  lastInboundAt: string;
  /**
   * Public tickets (issue 11) are answered in public, where no platform keeps a reply clock, until
   * the guest writes in private: then the private channel's clock runs again.
   */
  visibility?: 'public' | 'private';
  privateJoinedAt?: string | null;
}

const HOUR_MS = 3_600_000;

function risk(
  clock: PlatformClockName,
  from: string,
  hours: number,
  clocks: PlatformClocks,
  now: Date,
): PlatformRisk | null {
  const start = Date.parse(from);
  if (Number.isNaN(start)) return null;
  const deadline = start + hours * HOUR_MS;
  const remainingMs = deadline - now.getTime();
  const state: PlatformRiskState =
    remainingMs <= 0 ? 'missed' : remainingMs <= clocks.atRiskMinutes * 60_000 ? 'at_risk' : 'on_track';
  return { clock, deadlineAt: new Date(deadline).toISOString(), remainingMs, state };
}

/**
 * The platform deadline a ticket runs against now, or null when its platform keeps none or the
 * hotel owes nothing: Booking.com and Airbnb count a reply to the oldest unanswered message;
 * Meta's window runs from the guest's last message while the ticket is still being worked.
 */
export function platformRisk(
  facts: PlatformFacts,
  now: Date,
  clocks: PlatformClocks = DEFAULT_PLATFORM_CLOCKS,
): PlatformRisk | null {
  if (facts.visibility === 'public' && !facts.privateJoinedAt) return null;
  if (facts.channel === 'booking' && facts.awaitingSince) {
    return risk('booking_reply_score', facts.awaitingSince, clocks.bookingReplyHours, clocks, now);
  }
  if (facts.channel === 'airbnb' && facts.awaitingSince) {
    return risk('airbnb_response_rate', facts.awaitingSince, clocks.airbnbReplyHours, clocks, now);
  }
  const working = facts.status === 'open' || facts.status === 'pending_guest';
  if ((facts.channel === 'instagram' || facts.channel === 'messenger') && (facts.awaitingSince || working)) {
    return risk('meta_messaging_window', facts.lastInboundAt, clocks.metaWindowHours, clocks, now);
  }
  return null;
}
