// A ticket's labels come from its inbound messages: the topic from the latest message that asks
// the hotel to act (a closing "thanks!" does not turn a complaint into feedback), language and
// stage from the latest message, urgency and escalation reasons from any message, the area
// (department) from the message that decided the topic. An agent's
// correction wins and is kept through every relabelling; only an escalation reason first seen in
// a message after the correction still raises the ticket, so a stale correction cannot silence
// a new safety report.
import { ESCALATION_REASONS, type EscalationReason, type Topic } from '../taxonomy.ts';
import type { Direction } from '../message.ts';
import type {
  Classification,
  ClassifiedField,
  LabelCorrection,
  TicketLabels,
} from './classification-schema.ts';

export interface ClassifiedMessage {
  sentAt: string;
  direction?: Direction;
  classification: Classification;
}

/** Below this, a field's guess is only used when nothing better exists. */
const MIN_FIELD_CONFIDENCE = 0.3;
const PASSIVE_TOPICS: ReadonlySet<Topic> = new Set(['question', 'feedback']);

function latestWhere(
  messages: readonly ClassifiedMessage[],
  accept: (c: Classification) => boolean,
): ClassifiedMessage | undefined {
  for (let i = messages.length - 1; i >= 0; i--) if (accept(messages[i]!.classification)) return messages[i];
  return undefined;
}

function unionOfReasons(messages: readonly ClassifiedMessage[]): EscalationReason[] {
  const present = new Set(messages.flatMap((m) => m.classification.escalation));
  return ESCALATION_REASONS.filter((r) => present.has(r));
}

function fromMessages(inbound: readonly ClassifiedMessage[]): Omit<TicketLabels, 'corrected'> {
  const latest = inbound[inbound.length - 1];
  if (!latest)
    return {
      language: null,
      topic: null,
      stage: null,
      priority: 'normal',
      escalation: [],
      area: null,
      confidence: 0,
    };
  const sure = (field: 'language' | 'topic' | 'stage') => (c: Classification) =>
    c.fieldConfidence[field] >= MIN_FIELD_CONFIDENCE;
  const topicSource =
    latestWhere(inbound, (c) => sure('topic')(c) && !PASSIVE_TOPICS.has(c.topic)) ??
    latestWhere(inbound, sure('topic')) ??
    latest;
  const languageSource = latestWhere(inbound, sure('language')) ?? latest;
  const stageSource = latestWhere(inbound, sure('stage')) ?? latest;
  return {
    language: languageSource.classification.language,
    topic: topicSource.classification.topic,
    stage: stageSource.classification.stage,
    priority: inbound.some((m) => m.classification.priority === 'urgent') ? 'urgent' : 'normal',
    escalation: unionOfReasons(inbound),
    area:
      topicSource.classification.area ??
      latestWhere(inbound, (c) => c.area !== null)?.classification.area ??
      null,
    confidence: topicSource.classification.confidence,
  };
}

export function labelTicket(
  messages: readonly ClassifiedMessage[],
  correction?: LabelCorrection | null,
): TicketLabels {
  const inbound = [...messages]
    .filter((m) => m.direction !== 'outbound')
    .sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt));
  const auto = fromMessages(inbound);
  if (!correction) return { ...auto, corrected: [] };

  const corrected: ClassifiedField[] = [];
  const labels: TicketLabels = { ...auto, corrected };
  if (correction.language) labels.language = correction.language;
  if (correction.topic) labels.topic = correction.topic;
  if (correction.stage) labels.stage = correction.stage;
  if (correction.priority) labels.priority = correction.priority;
  if (correction.escalation)
    labels.escalation = ESCALATION_REASONS.filter((r) => correction.escalation!.includes(r));
  for (const field of ['language', 'topic', 'stage', 'priority', 'escalation'] as const) {
    if (correction[field] !== undefined) corrected.push(field);
  }

  const correctedAt = Date.parse(correction.correctedAt);
  const seenBefore = unionOfReasons(inbound.filter((m) => Date.parse(m.sentAt) <= correctedAt));
  const fresh = unionOfReasons(inbound.filter((m) => Date.parse(m.sentAt) > correctedAt)).filter(
    (r) => !seenBefore.includes(r),
  );
  if (fresh.length > 0) {
    labels.escalation = ESCALATION_REASONS.filter((r) => labels.escalation.includes(r) || fresh.includes(r));
    labels.priority = 'urgent';
  }
  return labels;
}
