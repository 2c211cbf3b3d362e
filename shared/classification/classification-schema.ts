// What the classifier reads and what it decides, as Zod schemas: the CLI, the API and the
// extension parse with these, so a classification can cross any boundary.
import { z } from 'zod';
import { Channel, EscalationReason, Language, Priority, Stage, Team, Topic } from '../taxonomy.ts';
import { StayDates } from '../message.ts';
import { MAX_TEXT_CHARS } from '../limits.ts';

const isoDateTime = z.iso.datetime({ offset: true });

export const ClassifyInput = z.object({
  text: z.string().max(MAX_TEXT_CHARS),
  channel: Channel,
  sentAt: isoDateTime.optional(),
  stay: StayDates.optional(),
  /** The hotel's time zone: which calendar day a message was sent on. */
  timeZone: z.string().min(1).optional(),
});
export type ClassifyInput = z.infer<typeof ClassifyInput>;

export const ClassifiedField = z.enum(['language', 'topic', 'stage', 'priority', 'escalation', 'area']);
export type ClassifiedField = z.infer<typeof ClassifiedField>;

/** Why a field got its value: a lexicon term found in the text, or a rule. */
export const ClassificationCue = z.object({
  field: ClassifiedField,
  value: z.string(),
  /** The lexicon pattern or the rule's name, e.g. "iptal*" or "stay dates". */
  rule: z.string(),
  /** The (folded) words of the message that matched, when a term matched. */
  words: z.string().optional(),
  weight: z.number(),
});
export type ClassificationCue = z.infer<typeof ClassificationCue>;

const unit = z.number().min(0).max(1);

export const Classification = z.object({
  language: Language,
  topic: Topic,
  stage: Stage,
  priority: Priority,
  escalation: z.array(EscalationReason),
  /** The department the message is about, when it names one: routing hands complaints to it. */
  area: Team.nullable(),
  /** How sure the classifier is overall (0..1); low values deserve an agent's look. */
  confidence: unit,
  fieldConfidence: z.object({ language: unit, topic: unit, stage: unit }),
  /**
   * Whether the message owes the hotel a reply: "thanks!", "ok" or an emoji do not, so they
   * start no next-response clock; "thanks, and is the spa open Sunday?" does. Classifications
   * stored before this field existed read as owed, the safe side.
   */
  replyOwed: z.boolean().default(true),
  cues: z.array(ClassificationCue),
});
export type Classification = z.infer<typeof Classification>;

/** An agent's correction of a ticket's labels; the fields it sets win over the classifier's. */
export const LabelCorrection = z.object({
  language: Language.optional(),
  topic: Topic.optional(),
  stage: Stage.optional(),
  priority: Priority.optional(),
  escalation: z.array(EscalationReason).optional(),
  correctedAt: isoDateTime,
  agentId: z.string().max(200).optional(),
});
export type LabelCorrection = z.infer<typeof LabelCorrection>;

export const TicketLabels = z.object({
  language: Language.nullable(),
  topic: Topic.nullable(),
  stage: Stage.nullable(),
  priority: Priority,
  escalation: z.array(EscalationReason),
  area: Team.nullable(),
  confidence: unit,
  /** The fields an agent set, which relabelling keeps. */
  corrected: z.array(ClassifiedField),
});
export type TicketLabels = z.infer<typeof TicketLabels>;
