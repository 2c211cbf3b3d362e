// The SLA policy of a hotel: response, interim-update and resolution targets per channel, stage
// and priority, measured in calendar time or in the hotel's business hours. The defaults are
// DOMAIN.md's channel norms; a hotel overrides them through its settings. Every field added
// since the first version has a default, so policies stored before still parse.
import { z } from 'zod';
import { BusinessHours } from './business-calendar.ts';
import { Channel, Priority, Stage, Topic } from './taxonomy.ts';
import { PublicSource } from './message.ts';
import { isTimeZone } from './zoned-time.ts';
import { DEFAULT_PLATFORM_CLOCKS, PlatformClocks } from './platform-clocks.ts';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY_MINUTES = 24 * 60;

/** Calendar time counts every minute; business time only the minutes inside business hours. */
export const SlaTimeBasis = z.enum(['calendar', 'business']);
export type SlaTimeBasis = z.infer<typeof SlaTimeBasis>;

const TargetMinutes = z
  .number()
  .positive()
  .max(60 * 24 * 30);

const TARGET_FIELDS = [
  'firstResponseMinutes',
  'nextResponseMinutes',
  'interimUpdateMinutes',
  'resolutionMinutes',
] as const;

export const SlaTargetRule = z
  .object({
    channel: Channel.optional(),
    /**
     * Issue 11: a public contact's source (a TripAdvisor review, an Instagram comment): the hotel
     * sets the public reply's target per source. It is the most specific part of a rule.
     */
    publicSource: PublicSource.optional(),
    stage: Stage.optional(),
    priority: Priority.optional(),
    firstResponseMinutes: TargetMinutes.optional(),
    /** After the hotel has replied, how fast the next guest message must be answered. */
    nextResponseMinutes: TargetMinutes.optional(),
    /** How long after the resolution target a long-running complaint must get an update. */
    interimUpdateMinutes: TargetMinutes.optional(),
    /** From the first guest message to the ticket being resolved. */
    resolutionMinutes: TargetMinutes.optional(),
    timeBasis: SlaTimeBasis.optional(),
  })
  .refine(
    (rule) => TARGET_FIELDS.some((field) => rule[field] !== undefined) || rule.timeBasis !== undefined,
    'a rule sets at least one target or a time basis',
  );
export type SlaTargetRule = z.infer<typeof SlaTargetRule>;

/** Open every day 09:00-13:00 and 14:00-22:00: the reservations office with its lunch break. */
const SPLIT_DAY = [
  { start: '09:00', end: '13:00' },
  { start: '14:00', end: '22:00' },
];
export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  weekly: {
    sun: SPLIT_DAY,
    mon: SPLIT_DAY,
    tue: SPLIT_DAY,
    wed: SPLIT_DAY,
    thu: SPLIT_DAY,
    fri: SPLIT_DAY,
    sat: SPLIT_DAY,
  },
  holidays: [],
};

export const SlaPolicy = z.object({
  timeZone: z
    .string()
    .min(1)
    .refine(isTimeZone, 'an IANA time zone such as Europe/Istanbul')
    .default('Europe/Istanbul'),
  /** A clock is "due soon" once less than this share of its target is left. */
  dueSoonShare: z.number().min(0).max(1).default(0.25),
  /** How targets are measured unless a rule says otherwise. */
  timeBasis: SlaTimeBasis.default('calendar'),
  businessHours: BusinessHours.default(DEFAULT_BUSINESS_HOURS),
  /** Topics whose tickets need an interim update when they run past the resolution target. */
  interimUpdateTopics: z.array(Topic).default(['complaint']),
  /** Per target, the most specific rule that sets it wins (public source, channel, stage, then priority count). */
  targets: z.array(SlaTargetRule).min(1),
  /** The platforms' own clocks (Booking.com Reply Score, Airbnb, Meta's window), as the hotel sets them. */
  platformClocks: PlatformClocks.default(DEFAULT_PLATFORM_CLOCKS),
});
export type SlaPolicy = z.infer<typeof SlaPolicy>;
/** A policy as written or stored: the fields with defaults may be left out. */
export type SlaPolicyInput = z.input<typeof SlaPolicy>;

// Where DOMAIN.md gives a range (WhatsApp 5-15 min, e-mail 2-6 h), urgent gets the tight end.
// OTA extranets follow the platforms' own 24 h response rule in calendar time; e-mail is
// answered by the reservations office, so it runs in business hours unless urgent. Pre-stay,
// in-stay and post-stay get separate resolution targets: a guest in the house cannot wait a day.
export const DEFAULT_SLA_POLICY: SlaPolicy = {
  timeZone: 'Europe/Istanbul',
  dueSoonShare: 0.25,
  timeBasis: 'calendar',
  businessHours: DEFAULT_BUSINESS_HOURS,
  interimUpdateTopics: ['complaint'],
  platformClocks: DEFAULT_PLATFORM_CLOCKS,
  targets: [
    { firstResponseMinutes: HOUR / MINUTE, resolutionMinutes: DAY_MINUTES, interimUpdateMinutes: 60 },
    { stage: 'pre_stay', resolutionMinutes: DAY_MINUTES },
    { stage: 'in_stay', resolutionMinutes: 4 * 60, interimUpdateMinutes: 30 },
    { stage: 'in_stay', priority: 'urgent', resolutionMinutes: 60, interimUpdateMinutes: 15 },
    { stage: 'post_stay', resolutionMinutes: 3 * DAY_MINUTES, interimUpdateMinutes: 8 * 60 },
    { channel: 'phone', firstResponseMinutes: 5 },
    { channel: 'whatsapp', firstResponseMinutes: 15 },
    { channel: 'whatsapp', stage: 'in_stay', priority: 'normal', firstResponseMinutes: 10 },
    { channel: 'whatsapp', priority: 'urgent', firstResponseMinutes: 5 },
    { channel: 'email', firstResponseMinutes: 6 * 60, timeBasis: 'business' },
    { channel: 'email', stage: 'pre_stay', priority: 'normal', firstResponseMinutes: 4 * 60 },
    { channel: 'email', priority: 'urgent', firstResponseMinutes: 2 * 60, timeBasis: 'calendar' },
    { channel: 'booking', firstResponseMinutes: DAY_MINUTES, nextResponseMinutes: DAY_MINUTES },
    { channel: 'expedia', firstResponseMinutes: DAY_MINUTES, nextResponseMinutes: DAY_MINUTES },
    { channel: 'airbnb', firstResponseMinutes: DAY_MINUTES, nextResponseMinutes: DAY_MINUTES },
    { channel: 'instagram', firstResponseMinutes: 60 },
    { channel: 'messenger', firstResponseMinutes: 60 },
    { channel: 'google', firstResponseMinutes: DAY_MINUTES, timeBasis: 'business' },
    { channel: 'tripadvisor', firstResponseMinutes: DAY_MINUTES, timeBasis: 'business' },
    { channel: 'holidaycheck', firstResponseMinutes: DAY_MINUTES, timeBasis: 'business' },
    // A review on Booking.com is answered in public like any review: within a business day, not
    // on the extranet's 24-hour message rule. Comments keep their network's hour.
    { publicSource: 'booking_review', firstResponseMinutes: DAY_MINUTES, timeBasis: 'business' },
  ],
};

/** The targets that apply to one ticket, each resolved on its own. */
export interface SlaTargets {
  firstResponseMinutes: number;
  nextResponseMinutes: number;
  resolutionMinutes: number;
  /** Null: no interim update is asked for. */
  interimUpdateMinutes: number | null;
  timeBasis: SlaTimeBasis;
}

// Used when no rule sets a target: an hour to answer, a day to resolve.
const FALLBACK_FIRST_RESPONSE_MINUTES = 60;
const FALLBACK_RESOLUTION_MINUTES = DAY_MINUTES;

function specificity(rule: SlaTargetRule): number {
  return (
    (rule.publicSource ? 8 : 0) + (rule.channel ? 4 : 0) + (rule.stage ? 2 : 0) + (rule.priority ? 1 : 0)
  );
}

/**
 * The targets for a ticket: for each target, the most specific matching rule that sets it,
 * later rules winning ties. A rule's next-response target defaults to its first-response one,
 * so "WhatsApp: 15 min" covers both, as it always has. A rule naming a public source applies
 * only to tickets that public source opened or joined.
 */
export function resolveTarget(
  policy: SlaPolicy,
  facts: { channel: Channel; stage?: Stage | null; priority: Priority; publicSource?: PublicSource | null },
): SlaTargets {
  const matching = policy.targets
    .filter(
      (rule) =>
        (!rule.publicSource || rule.publicSource === facts.publicSource) &&
        (!rule.channel || rule.channel === facts.channel) &&
        (!rule.stage || rule.stage === facts.stage) &&
        (!rule.priority || rule.priority === facts.priority),
    )
    .map((rule, order) => ({ rule, order, rank: specificity(rule) }))
    .sort((a, b) => b.rank - a.rank || b.order - a.order)
    .map(({ rule }) => rule);
  const pick = <T>(read: (rule: SlaTargetRule) => T | undefined): T | undefined => {
    for (const rule of matching) {
      const value = read(rule);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const firstResponseMinutes = pick((r) => r.firstResponseMinutes) ?? FALLBACK_FIRST_RESPONSE_MINUTES;
  return {
    firstResponseMinutes,
    nextResponseMinutes: pick((r) => r.nextResponseMinutes ?? r.firstResponseMinutes) ?? firstResponseMinutes,
    resolutionMinutes: pick((r) => r.resolutionMinutes) ?? FALLBACK_RESOLUTION_MINUTES,
    interimUpdateMinutes: pick((r) => r.interimUpdateMinutes) ?? null,
    timeBasis: pick((r) => r.timeBasis) ?? policy.timeBasis,
  };
}
