// The topic: the label whose terms weigh most. When two topics tie, the one that needs the hotel
// to act (and costs most to miss) wins; a message with no topic words is a question.
import type { Topic } from '../taxonomy.ts';
import type { Signal } from './lexicon.ts';
import type { ClassificationCue } from './classification-schema.ts';
import { decisionConfidence, pickBest, tally } from './scoring.ts';

const TOPIC_PRECEDENCE: readonly Topic[] = [
  'refund',
  'cancellation',
  'complaint',
  'lost_item',
  'invoice',
  'change',
  'special_request',
  'feedback',
  'question',
];

/** A question mark leans towards a question when nothing stronger is said. */
const QUESTION_MARK_WEIGHT = 0.5;
/**
 * Reporting an injury, a theft or a poisoning is a complaint even without complaint words, and
 * so is threatening a review; a high-cost claim leans to a complaint too.
 */
const AS_COMPLAINT: Readonly<Record<string, number>> = { safety: 1, reputation_risk: 0.7, high_cost: 0.5 };

export interface TopicDecision {
  topic: Topic;
  confidence: number;
  cues: ClassificationCue[];
}

export function decideTopic(signals: readonly Signal[], text: string): TopicDecision {
  const totals = tally(signals, 'topic');
  const scores = new Map<Topic, number>();
  for (const [label, { score }] of totals) scores.set(label as Topic, score);
  const cues: ClassificationCue[] = [];
  for (const s of signals) {
    const factor = s.field === 'escalation' ? AS_COMPLAINT[s.label] : undefined;
    if (factor === undefined || s.weight <= 0) continue;
    const weight = s.weight * factor;
    scores.set('complaint', (scores.get('complaint') ?? 0) + weight);
    cues.push({ field: 'topic', value: 'complaint', rule: `incident: ${s.rule}`, words: s.words, weight });
  }
  if (text.includes('?') || text.includes('؟')) {
    scores.set('question', (scores.get('question') ?? 0) + QUESTION_MARK_WEIGHT);
    cues.push({ field: 'topic', value: 'question', rule: 'question mark', weight: QUESTION_MARK_WEIGHT });
  }
  const best = pickBest(scores, TOPIC_PRECEDENCE);
  if (!best) {
    return {
      topic: 'question',
      confidence: 0.1,
      cues: [{ field: 'topic', value: 'question', rule: 'no topic words: default', weight: 0 }],
    };
  }
  for (const s of totals.get(best.label)?.signals ?? []) {
    cues.push({ field: 'topic', value: best.label, rule: s.rule, words: s.words, weight: s.weight });
  }
  return {
    topic: best.label,
    confidence: decisionConfidence(best.score, best.runnerUp),
    cues: cues.filter((c) => c.value === best.label),
  };
}
