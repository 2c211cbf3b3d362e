// The learned model: a multinomial logistic regression per field over the features of
// learned-features.ts, trained by scripts/train-classifier.ts on the tune split only and shipped
// as data (learned-model-data.ts). Weights are int8 with one scale per head, pruned to the
// strongest features, so the data stays small; reading it costs a map lookup per feature.
import { z } from 'zod';
import { ESCALATION_REASONS, PRIORITIES, STAGES, TOPICS } from '../taxonomy.ts';
import { featureHash } from './learned-features.ts';

export const HEAD_LABELS = {
  topic: TOPICS,
  stage: STAGES,
  priority: PRIORITIES,
  reputation_risk: ['no', 'yes'],
  safety: ['no', 'yes'],
  high_cost: ['no', 'yes'],
} as const;
export type HeadName = keyof typeof HEAD_LABELS;
export const HEAD_NAMES = Object.keys(HEAD_LABELS) as HeadName[];

const Head = z.object({
  labels: z.array(z.string()).min(2),
  bias: z.array(z.number()),
  /** int8 weight × scale = the weight. */
  scale: z.number().positive(),
});

export const LearnedModelData = z
  .object({
    version: z.literal(1),
    trainedOn: z.literal('tune'),
    seed: z.number().int(),
    features: z.array(z.string().min(1)),
    heads: z.object(Object.fromEntries(HEAD_NAMES.map((h) => [h, Head])) as Record<HeadName, typeof Head>),
    /** Feature-major int8 weights (every head's labels in HEAD_NAMES order), base64. */
    weights: z.string(),
  })
  .superRefine((data, ctx) => {
    for (const h of HEAD_NAMES) {
      const head = data.heads[h];
      if (head.labels.join() !== HEAD_LABELS[h].join() || head.bias.length !== head.labels.length) {
        ctx.addIssue({
          code: 'custom',
          message: `head ${h} does not match the taxonomy`,
          path: ['heads', h],
        });
      }
    }
  });
export type LearnedModelData = z.infer<typeof LearnedModelData>;

export interface LearnedCue {
  feature: string;
  weight: number;
}

export interface HeadResult {
  label: string;
  probability: number;
  probabilities: number[];
  /** The features that pushed most towards the label, strongest first. */
  cues: LearnedCue[];
}
export type LearnedResult = Record<HeadName, HeadResult> & {
  /** How many of the message's own words and grams the model knows (not channel or dates). */
  evidence: number;
};

export interface LearnedModel {
  /**
   * Scores the features `each` visits, by their featureHash; cues are worked out only for the
   * heads asked for.
   */
  score(each: (visit: (hash: number) => void) => void, cueHeads?: readonly HeadName[]): LearnedResult;
  size: number;
}

const CUES_PER_HEAD = 3;

/**
 * Feature values are 1/√n over the n distinct known features, so a long e-mail does not
 * outshout a short message; features the model does not know count for nothing.
 */
export function featureValue(count: number): number {
  return count === 0 ? 0 : 1 / Math.sqrt(count);
}

export function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((x) => Math.exp(x - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

function decodeBase64(text: string): Int8Array {
  const bytes = typeof atob === 'function' ? atob(text) : Buffer.from(text, 'base64').toString('latin1');
  const out = new Int8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = (bytes.charCodeAt(i) << 24) >> 24;
  return out;
}

export function loadLearnedModel(raw: unknown): LearnedModel {
  const data = LearnedModelData.parse(raw);
  const width = HEAD_NAMES.reduce((n, h) => n + data.heads[h].labels.length, 0);
  const weights = decodeBase64(data.weights);
  if (weights.length !== width * data.features.length) throw new Error('learned model: weights do not fit');
  const index = new Map(data.features.map((f, i) => [featureHash(f), i]));
  if (index.size !== data.features.length) throw new Error('learned model: two features share a hash');
  const fromText = data.features.map((f) => !/^(channel|dates):/.test(f));
  const offsets: number[] = [];
  let offset = 0;
  for (const h of HEAD_NAMES) {
    offsets.push(offset);
    offset += data.heads[h].labels.length;
  }
  // Which features the current message has already shown: a stamp per feature instead of a set.
  const seen = new Uint32Array(data.features.length);
  let stamp = 0;
  // The weights times their head's scale, once: scoring is then one pass of additions.
  const scaled = new Float32Array(weights.length);
  HEAD_NAMES.forEach((h, k) => {
    const start = offsets[k] ?? 0;
    const { scale, labels } = data.heads[h];
    for (let row = 0; row < weights.length; row += width) {
      for (let j = start; j < start + labels.length; j++) scaled[row + j] = (weights[row + j] ?? 0) * scale;
    }
  });
  const sums = new Float64Array(width);
  return {
    size: data.features.length,
    score(each, cueHeads = HEAD_NAMES) {
      stamp += 1;
      const known: number[] = [];
      let evidence = 0;
      each((hash) => {
        const i = index.get(hash);
        if (i !== undefined && seen[i] !== stamp) {
          seen[i] = stamp;
          known.push(i);
          if (fromText[i]) evidence += 1;
        }
      });
      const value = featureValue(known.length);
      sums.fill(0);
      for (const i of known) {
        const row = i * width;
        for (let j = 0; j < width; j++) sums[j]! += scaled[row + j]!;
      }
      const result = { evidence } as LearnedResult;
      HEAD_NAMES.forEach((h, k) => {
        const head = data.heads[h];
        const start = offsets[k] ?? 0;
        const labels = head.labels.length;
        const logits = head.bias.map((b, j) => b + (sums[start + j] ?? 0) * value);
        const probabilities = softmax(logits);
        let best = 0;
        for (let j = 1; j < labels; j++) if (probabilities[j]! > probabilities[best]!) best = j;
        result[h] = {
          label: head.labels[best] ?? '',
          probability: probabilities[best] ?? 0,
          probabilities,
          cues: cueHeads.includes(h)
            ? strongest(known, (i) => push(i * width + start, best, labels) * head.scale * value)
            : [],
        };
      });
      return result;
    },
  };

  /** A feature's push towards a label: its weight there minus its mean weight elsewhere. */
  function push(row: number, label: number, labels: number): number {
    let others = 0;
    for (let j = 0; j < labels; j++) if (j !== label) others += weights[row + j] ?? 0;
    return (weights[row + label] ?? 0) - others / (labels - 1);
  }

  /** The few features pushing most, without sorting them all. */
  function strongest(known: readonly number[], pushOf: (i: number) => number): LearnedCue[] {
    const top: LearnedCue[] = [];
    for (const i of known) {
      const weight = pushOf(i);
      if (weight <= 0) continue;
      const feature = data.features[i] ?? '';
      const at = top.findIndex((c) => weight > c.weight || (weight === c.weight && feature < c.feature));
      if (at === -1) {
        if (top.length < CUES_PER_HEAD) top.push({ feature, weight });
      } else {
        top.splice(at, 0, { feature, weight });
        if (top.length > CUES_PER_HEAD) top.pop();
      }
    }
    return top;
  }
}
