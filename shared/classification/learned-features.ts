// The features the learned model reads: character n-grams inside each folded word (so typos,
// missing diacritics and inflections still share most of their grams), the words themselves,
// and a few facts the text alone cannot give (the calendar stage from the stay dates, the
// channel, a question mark, a large amount). The training script and the classifier both call
// this, so what the model learnt on is exactly what it reads.
import type { Channel } from '../taxonomy.ts';
import type { StayDates } from '../message.ts';
import type { Token } from './normalize-text.ts';
import { calendarDay, DEFAULT_TIME_ZONE, stageFromDates } from './stage-rules.ts';
import { findMoneyAmounts } from './money-amounts.ts';
import { HIGH_COST_EUR } from './escalation-rules.ts';

export const NGRAM_SIZES = [3, 4] as const;
/** Long run-ons repeat themselves; the first words carry what the guest wants. */
const MAX_WORDS = 200;

export interface FeatureFacts {
  channel: Channel;
  sentAt?: string;
  stay?: StayDates;
  timeZone?: string;
}

/**
 * Calls `visit` with each feature of one message (a feature may come more than once; the model
 * counts it once). A visitor rather than a set: a long e-mail has thousands of grams, and the
 * classifier only needs the few the model knows.
 */
export function visitLearnedFeatures(
  tokens: readonly Token[],
  text: string,
  facts: FeatureFacts,
  visit: (feature: string) => void,
): void {
  for (const token of tokens.slice(0, MAX_WORDS)) {
    const word = token.text;
    if (word.length > 30) continue; // a URL or a keyboard smash teaches nothing
    visit(`w:${word}`);
    const padded = `_${word}_`;
    for (const n of NGRAM_SIZES) {
      for (let i = 0; i + n <= padded.length; i++) visit(padded.slice(i, i + n));
    }
  }
  visitFacts(text, facts, visit);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const UNDERSCORE = 0x5f;

function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) >>> 0;
}

/** The 32-bit FNV-1a hash of a feature's UTF-16 code units: what the classifier looks up. */
export function featureHash(feature: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < feature.length; i++) hash = fnvStep(hash, feature.charCodeAt(i));
  return hash;
}

const WORD_PREFIX = featureHash('w:');

/**
 * The same features as visitLearnedFeatures, as their hashes, computed from the words' letters
 * without building a string per gram: a long message then costs no garbage to collect. A test
 * holds the two to the same features on every labelled message.
 */
export function visitFeatureHashes(
  tokens: readonly Token[],
  text: string,
  facts: FeatureFacts,
  visit: (hash: number) => void,
): void {
  const count = Math.min(tokens.length, MAX_WORDS);
  for (let t = 0; t < count; t++) {
    const word = tokens[t]!.text;
    if (word.length > 30) continue;
    let hash = WORD_PREFIX;
    for (let i = 0; i < word.length; i++) hash = fnvStep(hash, word.charCodeAt(i));
    visit(hash);
    // The padded word "_word_" read by position: 0 and length+1 are the underscores.
    const padded = word.length + 2;
    for (let k = 0; k < NGRAM_SIZES.length; k++) {
      const n = NGRAM_SIZES[k]!;
      for (let i = 0; i + n <= padded; i++) {
        let gram = FNV_OFFSET;
        for (let j = i; j < i + n; j++) {
          const code = j === 0 || j === padded - 1 ? UNDERSCORE : word.charCodeAt(j - 1);
          gram = Math.imul(gram ^ code, FNV_PRIME) >>> 0;
        }
        visit(gram);
      }
    }
  }
  visitFacts(text, facts, (f) => visit(featureHash(f)));
}

function visitFacts(text: string, facts: FeatureFacts, visit: (feature: string) => void): void {
  visit(`channel:${facts.channel}`);
  if (/[?？؟]/u.test(text)) visit('mark:?');
  if (findMoneyAmounts(text).some((a) => a.eur >= HIGH_COST_EUR)) visit('amount:large');
  const day =
    facts.sentAt && facts.stay && facts.stay.checkIn <= facts.stay.checkOut
      ? calendarDay(facts.sentAt, facts.timeZone ?? DEFAULT_TIME_ZONE)
      : null;
  visit(day && facts.stay ? `dates:${stageFromDates(day, facts.stay)}` : 'dates:none');
}

/** The distinct features of one message (for training and tests). */
export function learnedFeatures(tokens: readonly Token[], text: string, facts: FeatureFacts): Set<string> {
  const features = new Set<string>();
  visitLearnedFeatures(tokens, text, facts, (f) => features.add(f));
  return features;
}

/**
 * The message's words behind a feature, for the agent: a gram is shown as the word it came from
 * ("_ba" in "bathroom"), a fact as itself.
 */
export function explainFeature(feature: string, tokens: readonly Token[]): string {
  if (feature.startsWith('w:')) return feature.slice(2);
  if (/^[a-z]+:/.test(feature)) return feature;
  const token = tokens.slice(0, MAX_WORDS).find((t) => `_${t.text}_`.includes(feature));
  return token?.text ?? feature;
}
