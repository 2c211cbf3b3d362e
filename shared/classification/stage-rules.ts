// The stage of the guest's journey. When the stay dates are known the calendar decides: the day
// the message was sent in the hotel's time zone, check-in day to check-out day being in-stay.
// Otherwise the text decides, helped by what each topic usually means (a lost item is mostly
// noticed after departure, a cancellation comes before arrival).
import type { Stage, Topic } from '../taxonomy.ts';
import type { StayDates } from '../message.ts';
import type { Signal } from './lexicon.ts';
import type { ClassificationCue } from './classification-schema.ts';
import { decisionConfidence, pickBest, tally } from './scoring.ts';

export const DEFAULT_TIME_ZONE = 'Europe/Istanbul';
const STAGES_BY_PRECEDENCE: readonly Stage[] = ['in_stay', 'post_stay', 'pre_stay'];
const DATE_CONFIDENCE = 0.95;

const TOPIC_STAGE_PRIOR: Partial<Record<Topic, { stage: Stage; weight: number }>> = {
  lost_item: { stage: 'post_stay', weight: 1.5 },
  invoice: { stage: 'post_stay', weight: 1 },
  feedback: { stage: 'post_stay', weight: 1 },
  refund: { stage: 'post_stay', weight: 0.5 },
  cancellation: { stage: 'pre_stay', weight: 2 },
  change: { stage: 'pre_stay', weight: 1 },
  special_request: { stage: 'pre_stay', weight: 1 },
  question: { stage: 'pre_stay', weight: 0.5 },
  complaint: { stage: 'in_stay', weight: 0.5 },
};

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** "YYYY-MM-DD" of an instant in a time zone; null when either is not valid. */
export function calendarDay(iso: string, timeZone: string): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch {
      return null;
    }
    dayFormatters.set(timeZone, formatter);
  }
  return formatter.format(ms);
}

export function stageFromDates(day: string, stay: StayDates): Stage {
  if (day < stay.checkIn) return 'pre_stay';
  if (day > stay.checkOut) return 'post_stay';
  return 'in_stay';
}

export interface StageDecision {
  stage: Stage;
  confidence: number;
  cues: ClassificationCue[];
}

export function decideStage(
  facts: { sentAt?: string; stay?: StayDates; timeZone?: string },
  signals: readonly Signal[],
  topic: Topic,
): StageDecision {
  if (facts.sentAt && facts.stay && facts.stay.checkIn <= facts.stay.checkOut) {
    const day = calendarDay(facts.sentAt, facts.timeZone ?? DEFAULT_TIME_ZONE);
    if (day) {
      const stage = stageFromDates(day, facts.stay);
      const rule = `stay dates: sent ${day}, stay ${facts.stay.checkIn}..${facts.stay.checkOut}`;
      return {
        stage,
        confidence: DATE_CONFIDENCE,
        cues: [{ field: 'stage', value: stage, rule, weight: 1 }],
      };
    }
  }
  const totals = tally(signals, 'stage');
  const scores = new Map<Stage, number>();
  for (const [label, { score }] of totals) scores.set(label as Stage, score);
  const prior = TOPIC_STAGE_PRIOR[topic];
  if (prior) scores.set(prior.stage, (scores.get(prior.stage) ?? 0) + prior.weight);
  const best = pickBest(scores, STAGES_BY_PRECEDENCE);
  if (!best) {
    return {
      stage: 'pre_stay',
      confidence: 0.1,
      cues: [{ field: 'stage', value: 'pre_stay', rule: 'no stage words: default', weight: 0 }],
    };
  }
  const cues: ClassificationCue[] = (totals.get(best.label)?.signals ?? []).map((s) => ({
    field: 'stage',
    value: best.label,
    rule: s.rule,
    words: s.words,
    weight: s.weight,
  }));
  if (prior?.stage === best.label) {
    cues.push({ field: 'stage', value: best.label, rule: `usual stage of ${topic}`, weight: prior.weight });
  }
  return { stage: best.label, confidence: decisionConfidence(best.score, best.runnerUp), cues };
}
