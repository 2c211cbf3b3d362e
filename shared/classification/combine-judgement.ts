// Rules, the learned model, or both. The combination keeps the rules' decision where they have
// clear evidence and lets the model decide where the rules only guessed (no topic words, no stay
// dates and no stage words); for escalation it may only add a reason, never take one away, since
// a missed safety case is the worst error and a false alarm the cheapest. The thresholds were
// set before the holdout was measured and are not tuned on it.
import {
  ESCALATION_REASONS,
  type EscalationReason,
  type Priority,
  type Stage,
  type Topic,
} from '../taxonomy.ts';
import type { ClassificationCue } from './classification-schema.ts';
import type { TopicDecision } from './topic-rules.ts';
import type { StageDecision } from './stage-rules.ts';
import {
  HEAD_NAMES,
  loadLearnedModel,
  type HeadName,
  type HeadResult,
  type LearnedModel,
} from './learned-model.ts';
import { LEARNED_MODEL_DATA } from './learned-model-data.ts';

export type Judgement = 'rules' | 'model' | 'combined';

/** Below this confidence the rules were guessing (a default or a near tie). */
export const RULES_GUESSING = 0.3;
/** The model overrides a guessing rule only when it is at least this sure. */
export const MODEL_SURE = 0.6;
/**
 * The model overrides only when it knows this many of the message's words and grams: a lone
 * emoji on WhatsApp tells it the channel, not the stage.
 */
export const MODEL_EVIDENCE = 3;
/** Features of the message's circumstances, not its words. */
const CONTEXT_FEATURE = /^(?:channel|dates):/;
/** The model adds an escalation reason at this probability. */
export const MODEL_ESCALATES = 0.5;

interface RuleDecisions {
  topic: TopicDecision;
  stage: StageDecision;
  escalation: { escalation: EscalationReason[]; cues: ClassificationCue[] };
  datesKnown: boolean;
}

type Facts = { topic: Topic; stage: Stage; escalation: readonly EscalationReason[] };

export interface Judged {
  topic: TopicDecision;
  stage: StageDecision;
  escalation: { escalation: EscalationReason[]; cues: ClassificationCue[] };
  priority: { priority: Priority; cues: ClassificationCue[] };
}

let model: LearnedModel | null = null;
/** Parsed on first use: a background worker that never classifies never pays for it. */
export function learnedModel(): LearnedModel {
  model ??= loadLearnedModel(LEARNED_MODEL_DATA);
  return model;
}

function learnedCues(
  field: ClassificationCue['field'],
  value: string,
  head: HeadResult,
  explain: (feature: string) => string,
): ClassificationCue[] {
  return head.cues.map((c) => ({
    field,
    value,
    rule: `learned model: ${c.feature}`,
    words: explain(c.feature),
    weight: c.weight,
  }));
}

export function combineJudgements(
  judgement: Judgement,
  rules: RuleDecisions,
  features: (visit: (hash: number) => void) => void,
  explain: (feature: string) => string,
  decidePriority: (facts: Facts) => { priority: Priority; cues: ClassificationCue[] },
): Judged {
  if (judgement === 'rules') {
    return {
      ...rules,
      priority: decidePriority({
        topic: rules.topic.topic,
        stage: rules.stage.stage,
        escalation: rules.escalation.escalation,
      }),
    };
  }
  // Cues only where the model's word can be the one shown: in combination, the escalation heads
  // (which may add a reason) and the fields the rules were guessing on.
  const cueHeads: HeadName[] =
    judgement === 'model'
      ? HEAD_NAMES
      : [
          ...ESCALATION_REASONS,
          ...(rules.topic.confidence < RULES_GUESSING ? (['topic'] as const) : []),
          ...(!rules.datesKnown && rules.stage.confidence < RULES_GUESSING ? (['stage'] as const) : []),
        ];
  const learned = learnedModel().score(features, cueHeads);
  const modelTopic: TopicDecision = {
    topic: learned.topic.label as Topic,
    confidence: learned.topic.probability,
    cues: learnedCues('topic', learned.topic.label, learned.topic, explain),
  };
  const modelStage: StageDecision = {
    stage: learned.stage.label as Stage,
    confidence: learned.stage.probability,
    cues: learnedCues('stage', learned.stage.label, learned.stage, explain),
  };
  const modelReasons = ESCALATION_REASONS.filter(
    (r) => (learned[r].probabilities[1] ?? 0) >= MODEL_ESCALATES,
  );
  const reasonCues = (reasons: readonly EscalationReason[]) =>
    reasons.flatMap((r) => learnedCues('escalation', r, learned[r], explain));

  if (judgement === 'model') {
    return {
      topic: modelTopic,
      stage: modelStage,
      escalation: { escalation: modelReasons, cues: reasonCues(modelReasons) },
      priority: {
        priority: learned.priority.label as Priority,
        cues: learnedCues('priority', learned.priority.label, learned.priority, explain),
      },
    };
  }

  // ...and only when the message's own words lead its decision: a model sure of "in stay" because
  // the message came on WhatsApp knows the channel, not the guest.
  const overrides = (ruleConfidence: number, head: HeadResult) =>
    ruleConfidence < RULES_GUESSING &&
    head.probability >= MODEL_SURE &&
    learned.evidence >= MODEL_EVIDENCE &&
    head.cues[0] !== undefined &&
    !CONTEXT_FEATURE.test(head.cues[0].feature);
  const topic = overrides(rules.topic.confidence, learned.topic) ? modelTopic : rules.topic;
  const stage =
    !rules.datesKnown && overrides(rules.stage.confidence, learned.stage) ? modelStage : rules.stage;
  const added = modelReasons.filter((r) => !rules.escalation.escalation.includes(r));
  const escalation = {
    escalation: ESCALATION_REASONS.filter(
      (r) => rules.escalation.escalation.includes(r) || added.includes(r),
    ),
    cues: [...rules.escalation.cues, ...reasonCues(added)],
  };
  const priority = decidePriority({
    topic: topic.topic,
    stage: stage.stage,
    escalation: escalation.escalation,
  });
  return { topic, stage, escalation, priority };
}
