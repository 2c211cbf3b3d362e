// Priority: urgent when there is an escalation reason, when the guest says it is urgent (and
// does not say it is not), or when something is wrong while the guest is in the hotel.
import type { EscalationReason, Priority, Stage, Topic } from '../taxonomy.ts';
import type { Signal } from './lexicon.ts';
import type { ClassificationCue } from './classification-schema.ts';
import { tally } from './scoring.ts';

const URGENCY_THRESHOLD = 2;

export function decidePriority(
  signals: readonly Signal[],
  facts: { topic: Topic; stage: Stage; escalation: readonly EscalationReason[] },
): { priority: Priority; cues: ClassificationCue[] } {
  const cues: ClassificationCue[] = [];
  for (const reason of facts.escalation) {
    cues.push({ field: 'priority', value: 'urgent', rule: `escalation: ${reason}`, weight: 1 });
  }
  const urgency = tally(signals, 'urgency').get('urgent');
  if (urgency && urgency.score >= URGENCY_THRESHOLD) {
    for (const s of urgency.signals) {
      cues.push({ field: 'priority', value: 'urgent', rule: s.rule, words: s.words, weight: s.weight });
    }
  }
  if (facts.topic === 'complaint' && facts.stage === 'in_stay') {
    cues.push({ field: 'priority', value: 'urgent', rule: 'complaint during the stay', weight: 1 });
  }
  if (cues.length > 0) return { priority: 'urgent', cues };
  return {
    priority: 'normal',
    cues: [{ field: 'priority', value: 'normal', rule: 'no urgency cue', weight: 0 }],
  };
}
