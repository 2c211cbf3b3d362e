// `npx tsx scripts/train-classifier.ts`: trains the learned model on the labelled set's tune split
// (never the holdout), prunes it to the strongest features, quantises the weights to int8 and
// writes shared/classification/learned-model-data.ts. Deterministic: the seed fixes the order the
// examples are visited in, and nothing reads the clock.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_ANALYSED_CHARS } from '../shared/classification/classify-message.ts';
import { messageBody } from '../shared/classification/message-body.ts';
import { foldText, tokenize } from '../shared/classification/normalize-text.ts';
import { learnedFeatures } from '../shared/classification/learned-features.ts';
import {
  HEAD_LABELS,
  HEAD_NAMES,
  LearnedModelData,
  featureValue,
  softmax,
  type HeadName,
} from '../shared/classification/learned-model.ts';
import {
  loadLabelledMessages,
  type LabelledMessage,
} from '../tests/fixtures/classification/labelled-messages.ts';

const SEED = 20261202;
const EPOCHS = 30;
const LEARNING_RATE = 0.8;
const L2 = 1e-5;
/** A feature seen in fewer tune messages than this is noise. */
const MIN_DOCUMENTS = 2;
/** How many features the shipped model keeps (the strongest, by their largest weight). */
const KEPT_FEATURES = Number(process.env.KONUK_KEPT_FEATURES ?? 2500);

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function featuresOf(m: LabelledMessage): Set<string> {
  const text = messageBody(m.text.slice(0, MAX_ANALYSED_CHARS));
  return learnedFeatures(tokenize(foldText(text)), text, m);
}

function targets(m: LabelledMessage): Record<HeadName, number> {
  const yes = (r: 'reputation_risk' | 'safety' | 'high_cost') => (m.expected.escalation.includes(r) ? 1 : 0);
  return {
    topic: HEAD_LABELS.topic.indexOf(m.expected.topic),
    stage: HEAD_LABELS.stage.indexOf(m.expected.stage),
    priority: HEAD_LABELS.priority.indexOf(m.expected.priority),
    reputation_risk: yes('reputation_risk'),
    safety: yes('safety'),
    high_cost: yes('high_cost'),
  };
}

interface Example {
  features: number[];
  value: number;
  target: Record<HeadName, number>;
}

const WIDTH = HEAD_NAMES.reduce((n, h) => n + HEAD_LABELS[h].length, 0);
const OFFSETS = HEAD_NAMES.map((_, k) =>
  HEAD_NAMES.slice(0, k).reduce((n, h) => n + HEAD_LABELS[h].length, 0),
);

function train(examples: readonly Example[], size: number) {
  const weights = new Float64Array(size * WIDTH);
  const bias = new Float64Array(WIDTH);
  const random = mulberry32(SEED);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = LEARNING_RATE / (1 + epoch * 0.2);
    for (const e of order.map((i) => examples[i]!)) {
      HEAD_NAMES.forEach((h, k) => {
        const start = OFFSETS[k]!;
        const labels = HEAD_LABELS[h].length;
        const logits: number[] = [];
        for (let j = 0; j < labels; j++) {
          let z = bias[start + j]!;
          for (const f of e.features) z += weights[f * WIDTH + start + j]! * e.value;
          logits.push(z);
        }
        const p = softmax(logits);
        for (let j = 0; j < labels; j++) {
          const gradient = p[j]! - (e.target[h] === j ? 1 : 0);
          bias[start + j]! -= rate * gradient;
          for (const f of e.features) {
            const at = f * WIDTH + start + j;
            weights[at] = weights[at]! - rate * (gradient * e.value + L2 * weights[at]!);
          }
        }
      });
    }
  }
  return { weights, bias };
}

function main(): void {
  const tune = loadLabelledMessages().filter((m) => m.split === 'tune');
  const featureSets = tune.map(featuresOf);
  const documents = new Map<string, number>();
  for (const set of featureSets) for (const f of set) documents.set(f, (documents.get(f) ?? 0) + 1);
  const vocabulary = [...documents]
    .filter(([, n]) => n >= MIN_DOCUMENTS)
    .map(([f]) => f)
    .sort();

  const examplesFor = (vocab: readonly string[]): Example[] => {
    const index = new Map(vocab.map((f, i) => [f, i]));
    return tune.map((m, i) => {
      const set = featureSets[i]!;
      const features = [...set].map((f) => index.get(f)).filter((x): x is number => x !== undefined);
      return { features, value: featureValue(features.length), target: targets(m) };
    });
  };

  // First pass over every feature, to find the strongest; second pass trains on those alone, so
  // the shipped weights are what the pruned model needs rather than what the full one had.
  const full = train(examplesFor(vocabulary), vocabulary.length);
  const strength = vocabulary.map((f, i) => {
    let max = 0;
    for (let j = 0; j < WIDTH; j++) max = Math.max(max, Math.abs(full.weights[i * WIDTH + j]!));
    return { f, max };
  });
  strength.sort((a, b) => b.max - a.max || (a.f < b.f ? -1 : 1));
  const kept = strength
    .slice(0, KEPT_FEATURES)
    .map((s) => s.f)
    .sort();
  const { weights, bias } = train(examplesFor(kept), kept.length);

  const heads = {} as Record<HeadName, { labels: string[]; bias: number[]; scale: number }>;
  const quantised = new Int8Array(kept.length * WIDTH);
  HEAD_NAMES.forEach((h, k) => {
    const start = OFFSETS[k]!;
    const labels = HEAD_LABELS[h].length;
    let max = 0;
    for (let i = 0; i < kept.length; i++)
      for (let j = 0; j < labels; j++) max = Math.max(max, Math.abs(weights[i * WIDTH + start + j]!));
    const scale = max / 127 || 1;
    for (let i = 0; i < kept.length; i++)
      for (let j = 0; j < labels; j++) {
        quantised[i * WIDTH + start + j] = Math.round(weights[i * WIDTH + start + j]! / scale);
      }
    heads[h] = {
      labels: [...HEAD_LABELS[h]],
      bias: Array.from(bias.slice(start, start + labels), (b) => Math.round(b * 1e4) / 1e4),
      scale: Number(scale.toPrecision(6)),
    };
  });
  const data = LearnedModelData.parse({
    version: 1,
    trainedOn: 'tune',
    seed: SEED,
    features: kept,
    heads,
    weights: Buffer.from(quantised.buffer).toString('base64'),
  });
  const out = resolve(process.cwd(), 'shared/classification/learned-model-data.ts');
  writeFileSync(
    out,
    [
      '// Generated by scripts/train-classifier.ts from the tune split of tests/fixtures/classification.',
      '// Do not edit: retrain instead. Parsed with LearnedModelData when the classifier loads.',
      '// prettier-ignore',
      `export const LEARNED_MODEL_DATA: unknown = ${JSON.stringify(data)};`,
      '',
    ].join('\n'),
  );
  console.log(
    `trained on ${tune.length} tune messages: ${vocabulary.length} features seen, ${kept.length} kept; wrote ${out}`,
  );
}

main();
