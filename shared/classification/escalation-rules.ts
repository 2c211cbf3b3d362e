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
/** Outside a complaint, only an unmistakable emergency is a safety case. */
const SAFETY_OUTSIDE_COMPLAINT = 6;
const MONEY_CLAIM_TOPICS: ReadonlySet<Topic> = new Set(['refund', 'complaint']);

export function decideEscalation(
  signals: readonly Signal[],
  topic: Topic,
  text: string,
): { escalation: EscalationReason[]; cues: ClassificationCue[] } {
  const totals = tally(signals, 'escalation');
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
    if (reason === 'reputation_risk' && topic !== 'feedback' && score >= THRESHOLD) raise(reason, evidence);
    if (reason === 'safety') {
      const needed = topic === 'complaint' ? THRESHOLD : SAFETY_OUTSIDE_COMPLAINT;
      if (score >= needed) raise(reason, evidence);
    }
    if (reason === 'high_cost' && MONEY_CLAIM_TOPICS.has(topic)) {
      const large = findMoneyAmounts(text).filter((a) => a.eur >= HIGH_COST_EUR);
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
