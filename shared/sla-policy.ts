// The SLA policy of a hotel: first- and next-response targets per channel, stage and priority.
// The defaults are DOMAIN.md's channel norms; a hotel overrides them through its settings.
import { z } from 'zod';
import { Channel, Priority, Stage } from './taxonomy.ts';

const MINUTE = 60;
const HOUR = 60 * MINUTE;

export const SlaTargetRule = z.object({
  channel: Channel.optional(),
  stage: Stage.optional(),
  priority: Priority.optional(),
  firstResponseMinutes: z
    .number()
    .positive()
    .max(60 * 24 * 30),
  /** After the hotel has replied, how fast the next guest message must be answered. */
  nextResponseMinutes: z
    .number()
    .positive()
    .max(60 * 24 * 30)
    .optional(),
});
export type SlaTargetRule = z.infer<typeof SlaTargetRule>;

export const SlaPolicy = z.object({
  timeZone: z.string().min(1).default('Europe/Istanbul'),
  /** A clock is "due soon" once less than this share of its target is left. */
  dueSoonShare: z.number().min(0).max(1).default(0.25),
  /** The most specific matching rule wins (channel, then stage, then priority count). */
  targets: z.array(SlaTargetRule).min(1),
});
export type SlaPolicy = z.infer<typeof SlaPolicy>;

// Where DOMAIN.md gives a range (WhatsApp 5-15 min, e-mail 2-6 h), urgent gets the tight end.
// OTA extranets follow the platforms' own 24 h response rule; social DMs ask for a quick reply.
export const DEFAULT_SLA_POLICY: SlaPolicy = {
  timeZone: 'Europe/Istanbul',
  dueSoonShare: 0.25,
  targets: [
    { firstResponseMinutes: HOUR / MINUTE },
    { channel: 'phone', firstResponseMinutes: 5 },
    { channel: 'whatsapp', firstResponseMinutes: 15 },
    { channel: 'whatsapp', priority: 'urgent', firstResponseMinutes: 5 },
    { channel: 'email', firstResponseMinutes: 6 * 60 },
    { channel: 'email', priority: 'urgent', firstResponseMinutes: 2 * 60 },
    { channel: 'booking', firstResponseMinutes: 24 * 60, nextResponseMinutes: 24 * 60 },
    { channel: 'expedia', firstResponseMinutes: 24 * 60, nextResponseMinutes: 24 * 60 },
    { channel: 'airbnb', firstResponseMinutes: 24 * 60, nextResponseMinutes: 24 * 60 },
    { channel: 'instagram', firstResponseMinutes: 60 },
    { channel: 'messenger', firstResponseMinutes: 60 },
  ],
};

function specificity(rule: SlaTargetRule): number {
  return (rule.channel ? 4 : 0) + (rule.stage ? 2 : 0) + (rule.priority ? 1 : 0);
}

/** The rule that applies to a ticket: the most specific match, later rules winning ties. */
export function resolveTarget(
  policy: SlaPolicy,
  facts: { channel: Channel; stage?: Stage | null; priority: Priority },
): SlaTargetRule {
  let best: SlaTargetRule | undefined;
  for (const rule of policy.targets) {
    if (rule.channel && rule.channel !== facts.channel) continue;
    if (rule.stage && rule.stage !== facts.stage) continue;
    if (rule.priority && rule.priority !== facts.priority) continue;
    if (!best || specificity(rule) >= specificity(best)) best = rule;
  }
  return best ?? { firstResponseMinutes: 60 };
}
