// Escalation reasons. A reason needs enough weight, and the right kind of message: a safety word
// in a complaint is an incident, the same word in a question ("is there a doctor?") is not; a
// large amount matters when the guest claims money, not when they ask for a price.
import { ESCALATION_REASONS, type EscalationReason, type Topic } from '../taxonomy.ts';
import type { Signal } from './lexicon.ts';
import type { ClassificationCue } from './classification-schema.ts';
import { findMoneyAmounts } from './money-amounts.ts';
import { tally } from './scoring.ts';

/** Claims from about this much (in euros) are high cost. */
export const HIGH_COST_EUR = 500;
const THRESHOLD = 3;
/**
 * A guest asking about safety ("is there a doctor nearby?") is not reporting an incident: a
 * question needs an unmistakable emergency. Anything else with safety words is escalated, since
 * a missed safety case is the worst error Konuk can make and a false alarm the cheapest.
 */
const SAFETY_IN_A_QUESTION = 6;
const QUESTION_MARK = /[?？؟]/u;
/** "is there", "where is": the guest asks for information, not for help. */
const QUESTION_WORDS_NEEDED = 1.5;
const MONEY_CLAIM_TOPICS: ReadonlySet<Topic> = new Set(['refund', 'complaint']);

export function decideEscalation(
  signals: readonly Signal[],
  topic: Topic,
  text: string,
): { escalation: EscalationReason[]; cues: ClassificationCue[] } {
  const totals = tally(signals, 'escalation');
  const topics = tally(signals, 'topic');
  const praise = topics.get('feedback')?.score ?? 0;
  const questionWords = topics.get('question')?.score ?? 0;
  const escalation: EscalationReason[] = [];
  const cues: ClassificationCue[] = [];
  const raise = (reason: EscalationReason, evidence: readonly Signal[]) => {
    escalation.push(reason);
    for (const s of evidence) {
      cues.push({ field: 'escalation', value: reason, rule: s.rule, words: s.words, weight: s.weight });
    }
  };

  for (const reason of ESCALATION_REASONS) {
    const total = totals.get(reason);
    const score = total?.score ?? 0;
    const evidence = total?.signals ?? [];
    // Praise that names a review site ("we will leave a great review") is not a threat; a review
    // threat signed off with a thank-you still is, so only the strongest feedback suppresses it.
    if (reason === 'reputation_risk' && score >= THRESHOLD && !(topic === 'feedback' && praise >= 3)) {
      raise(reason, evidence);
    }
    if (reason === 'safety') {
      const asking = QUESTION_MARK.test(text) && questionWords >= QUESTION_WORDS_NEEDED;
      const needed = asking ? SAFETY_IN_A_QUESTION : THRESHOLD;
      if (score >= needed) raise(reason, evidence);
    }
    if (reason === 'high_cost') {
      const large = MONEY_CLAIM_TOPICS.has(topic)
        ? findMoneyAmounts(text).filter((a) => a.eur >= HIGH_COST_EUR)
        : [];
      if (score >= THRESHOLD) raise(reason, evidence);
      else if (large.length > 0) {
        escalation.push(reason);
        for (const a of large) {
          cues.push({
            field: 'escalation',
            value: reason,
            rule: `amount >= ${HIGH_COST_EUR} EUR`,
            words: a.words,
            weight: THRESHOLD,
          });
        }
      }
    }
  }
  return { escalation, cues };
}
