// Classifies one guest message: language, topic, stage, priority, escalation reasons and area, with
// the cues behind each so an agent can see why. Pure and deterministic: no clock, no network.
import type { Language } from '../taxonomy.ts';
import type { Classification, ClassificationCue, ClassifyInput } from './classification-schema.ts';
import { COMPILED_LEXICONS, UNIVERSAL } from './compiled-lexicons.ts';
import {
  ARABIC_SCRIPT_LANGUAGES,
  CYRILLIC_LANGUAGES,
  LATIN_LANGUAGES,
  detectLanguage,
} from './language-detect.ts';
import { findSignals, type Signal } from './lexicon.ts';
import { countScripts, foldText, tokenize, type ScriptCounts } from './normalize-text.ts';
import { decideTopic } from './topic-rules.ts';
import { decideStage } from './stage-rules.ts';
import { decideEscalation } from './escalation-rules.ts';
import { decidePriority } from './priority-rules.ts';
import { decideArea } from './area-rules.ts';
import { round } from './scoring.ts';
import { decideReplyOwed } from './reply-owed.ts';
import { messageBody, withoutQuotedHistory } from './message-body.ts';
import { explainFeature, visitFeatureHashes } from './learned-features.ts';
import { combineJudgements, type Judgement } from './combine-judgement.ts';

/**
 * Only the head of a long message is read: a guest says what they want first, and what follows
 * in a long e-mail is mostly quoted history. It also bounds the time a hostile text can take.
 */
export const MAX_ANALYSED_CHARS = 4_000;

/** Below this, every language of the script gets its hotel words counted before deciding. */
const CONFIDENT_LANGUAGE = 0.5;

/** Terms of a language the guest mixed in count, but less than the main language's. */
const SECONDARY_LANGUAGE_FACTOR = 0.6;
/**
 * Languages whose words a guest of another language often uses: Ukrainians write Russian words,
 * Persian shares Arabic's vocabulary, and every Latin-script guest borrows English hotel words.
 */
const RELATIVES: Partial<Record<Language, readonly [Language, number][]>> = {
  uk: [['ru', 0.8]],
  ru: [['uk', 0.6]],
  fa: [['ar', 0.6]],
  ...Object.fromEntries(
    LATIN_LANGUAGES.filter((l) => l !== 'en').map((l) => [l, [['en', 0.5]] as [Language, number][]]),
  ),
};

/** The languages whose lexicons can match this text at all: those written in its scripts. */
function candidateLanguages(scripts: ScriptCounts): Language[] {
  return [
    ...(scripts.latin > 0 ? LATIN_LANGUAGES : []),
    ...(scripts.cyrillic > 0 ? CYRILLIC_LANGUAGES : []),
    ...(scripts.arabic > 0 ? ARABIC_SCRIPT_LANGUAGES : []),
  ];
}

function hasStayDates(input: ClassifyInput): boolean {
  return Boolean(input.sentAt && input.stay && input.stay.checkIn <= input.stay.checkOut);
}

function languageFactors(main: Language, secondary: readonly Language[]): Map<Language, number> {
  const factors = new Map<Language, number>();
  const raise = (l: Language, f: number) => factors.set(l, Math.max(factors.get(l) ?? 0, f));
  raise(main, 1);
  for (const l of secondary) raise(l, SECONDARY_LANGUAGE_FACTOR);
  for (const [l, f] of RELATIVES[main] ?? []) raise(l, f);
  return factors;
}

export interface ClassifyOptions {
  /**
   * Whose judgement decides topic, stage, priority and escalation: the rules, the learned model,
   * or both (the shipped default, see combine-judgement.ts). Language is always the detector's.
   */
  judgement?: Judgement;
}

export function classifyMessage(input: ClassifyInput, options: ClassifyOptions = {}): Classification {
  const head = input.text.slice(0, MAX_ANALYSED_CHARS);
  const text = messageBody(head);
  const folded = foldText(text);
  const tokens = tokenize(folded);
  const scripts = countScripts(folded);

  // Frequent words and letters first, which are cheap; the hotel-word lexicons (the costly part)
  // only for the languages that can still win, so a message costs well under a millisecond.
  const first = detectLanguage({ original: text, scripts, tokens, termHits: {} }, COMPILED_LEXICONS);
  const contenders = new Set<Language>([first.language, ...first.secondary]);
  if (first.confidence < CONFIDENT_LANGUAGE) {
    for (const l of candidateLanguages(scripts)) contenders.add(l);
  }
  const found = new Map<Language, Signal[]>();
  for (const l of contenders) found.set(l, findSignals(COMPILED_LEXICONS[l], tokens));
  const termHits: Partial<Record<Language, number>> = {};
  for (const [l, list] of found) termHits[l] = list.filter((s) => s.weight > 0).length;
  const language = detectLanguage({ original: text, scripts, tokens, termHits }, COMPILED_LEXICONS);

  const factors = languageFactors(language.language, language.secondary);
  for (const l of factors.keys()) {
    if (!found.has(l)) found.set(l, findSignals(COMPILED_LEXICONS[l], tokens));
  }
  const signals: Signal[] = [...found].flatMap(([l, list]) => {
    const factor = factors.get(l);
    return factor === undefined ? [] : list.map((s) => ({ ...s, weight: s.weight * factor }));
  });
  signals.push(...findSignals(UNIVERSAL, tokens));

  const ruleTopic = decideTopic(signals, text);
  const ruleStage = decideStage(input, signals, ruleTopic.topic);
  const ruleEscalation = decideEscalation(signals, ruleTopic.topic, text);
  const { topic, stage, escalation, priority } = combineJudgements(
    options.judgement ?? 'combined',
    { topic: ruleTopic, stage: ruleStage, escalation: ruleEscalation, datesKnown: hasStayDates(input) },
    (visit) => visitFeatureHashes(tokens, text, input, visit),
    (feature) => explainFeature(feature, tokens),
    (facts) => decidePriority(signals, facts),
  );

  const area = decideArea(tokens);
  const reply = decideReplyOwed(withoutQuotedHistory(head));

  const languageCues: ClassificationCue[] = language.cues.map((c) => ({
    field: 'language',
    value: language.language,
    rule: c.rule,
    weight: round(c.weight),
  }));
  const cues = [
    ...languageCues,
    ...topic.cues,
    ...stage.cues,
    ...priority.cues,
    ...escalation.cues,
    ...area.cues,
  ].map((c) => ({
    ...c,
    weight: round(c.weight),
  }));
  return {
    language: language.language,
    topic: topic.topic,
    stage: stage.stage,
    priority: priority.priority,
    escalation: escalation.escalation,
    area: area.area,
    confidence: round(0.5 * topic.confidence + 0.3 * stage.confidence + 0.2 * language.confidence),
    fieldConfidence: { language: language.confidence, topic: topic.confidence, stage: stage.confidence },
    replyOwed: reply.replyOwed,
    cues,
  };
}
