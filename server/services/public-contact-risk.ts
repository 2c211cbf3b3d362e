// A public contact's reputation risk (issue 11): every future guest reads a one-star review, so
// a low rating is reputation risk and urgent whatever its words say; so is a review threat
// written in public. The rule is a cue on the message's classification, so labelling, routing,
// the supervisor's notification and the agent's "why" all come from the usual path.
import type { Classification } from '../../shared/classification/classification-schema.ts';
import type { CapturedMessage, PublicRating } from '../../shared/message.ts';

/** At or below this share of the scale a rating is low: 2 of 5, 4 of 10, 2 of 6. */
const LOW_RATING_SHARE = 0.4;

export function isLowRating(rating: PublicRating): boolean {
  return rating.value / rating.outOf <= LOW_RATING_SHARE + Number.EPSILON;
}

/** The classification of a guest message with what being public adds to it. */
export function withPublicRisk(
  message: Pick<CapturedMessage, 'visibility' | 'rating'>,
  classification: Classification,
): Classification {
  if (message.visibility !== 'public') return classification;
  const lowRating = message.rating !== undefined && isLowRating(message.rating);
  const threat = classification.escalation.includes('reputation_risk');
  if (!lowRating && !threat) return classification;
  const escalation = classification.escalation.includes('reputation_risk')
    ? classification.escalation
    : [...classification.escalation, 'reputation_risk' as const];
  const cues = lowRating
    ? [
        ...classification.cues,
        {
          field: 'escalation' as const,
          value: 'reputation_risk',
          rule: `public rating ${message.rating!.value}/${message.rating!.outOf}`,
          weight: 1,
        },
      ]
    : classification.cues;
  return {
    ...classification,
    escalation,
    priority: 'urgent',
    cues: [...cues, { field: 'priority', value: 'urgent', rule: 'public reputation risk', weight: 1 }],
  };
}
