// The shape of a language's lexicon (data in ./lexicons/) and how it is compiled into matchers.
// Weights: 3 decides on its own, 2 is strong, 1 supports; a negative weight cancels a term
// ("iptal olmasın" = "do not cancel", "not urgent").
import type { EscalationReason, Language, Stage, Topic } from '../taxonomy.ts';
import { TermMatcher, spellingVariants, type TermHit } from './term-matcher.ts';
import type { Token } from './normalize-text.ts';

/** weight -> terms; see term-matcher.ts for the pattern syntax. */
export type WeightedTerms = Readonly<Record<number, readonly string[]>>;

export interface LanguageLexicon {
  language: Language;
  /** Frequent words of this language that are rare in the others: its fingerprint. */
  markers: readonly string[];
  topics: Readonly<Record<Topic, WeightedTerms>>;
  stages: Readonly<Record<Stage, WeightedTerms>>;
  urgency: WeightedTerms;
  escalation: Readonly<Record<EscalationReason, WeightedTerms>>;
}

export type SignalField = 'topic' | 'stage' | 'urgency' | 'escalation';

interface SignalTerm {
  field: SignalField;
  label: string;
  weight: number;
}

/** One piece of evidence found in a message. */
export interface Signal {
  field: SignalField;
  label: string;
  weight: number;
  /** The lexicon pattern that matched. */
  rule: string;
  /** The folded words of the message it matched. */
  words: string;
  language: Language;
}

export interface CompiledLexicon {
  language: Language;
  markers: TermMatcher<number>;
  signals: TermMatcher<SignalTerm>;
}

function* weighted<L extends string>(
  field: SignalField,
  groups: Readonly<Record<L, WeightedTerms>>,
): Generator<{ field: SignalField; label: string; weight: number; pattern: string }> {
  for (const label of Object.keys(groups) as L[]) {
    const terms = groups[label];
    for (const [weight, patterns] of Object.entries(terms) as [string, readonly string[]][]) {
      for (const pattern of patterns) yield { field, label, weight: Number(weight), pattern };
    }
  }
}

export function compileLexicon(lexicon: LanguageLexicon): CompiledLexicon {
  const umlauts = lexicon.language === 'de';
  const expand = <P>(pattern: string, payload: P) =>
    spellingVariants(pattern, umlauts).map((variant) => ({ pattern: variant, payload }));
  const signalEntries = [
    ...weighted('topic', lexicon.topics),
    ...weighted('stage', lexicon.stages),
    ...weighted('urgency', { urgent: lexicon.urgency }),
    ...weighted('escalation', lexicon.escalation),
  ].flatMap(({ pattern, ...payload }) => expand(pattern, payload));
  return {
    language: lexicon.language,
    markers: new TermMatcher(lexicon.markers.flatMap((m) => expand(m, 1))),
    signals: new TermMatcher(signalEntries),
  };
}

const FUZZY_DISCOUNT = 0.7;

/** The lexicon's evidence in the tokens; a term matched through a typo weighs less. */
export function findSignals(lexicon: CompiledLexicon, tokens: readonly Token[]): Signal[] {
  return lexicon.signals.match(tokens).map((hit: TermHit<SignalTerm>) => ({
    field: hit.term.payload.field,
    label: hit.term.payload.label,
    weight: hit.term.payload.weight * (hit.fuzzy ? FUZZY_DISCOUNT : 1),
    rule: hit.term.pattern,
    words: tokens
      .slice(hit.start, hit.end)
      .map((t) => t.text)
      .join(' '),
    language: lexicon.language,
  }));
}
