// Classifies one guest message: language, topic, stage, priority, escalation reasons and area, with
// the cues behind each so an agent can see why. Pure and deterministic: no clock, no network.
import type { Language } from '../taxonomy.ts';
import type { Classification, ClassificationCue, ClassifyInput } from './classification-schema.ts';
import { COMPILED_LEXICONS } from './compiled-lexicons.ts';
import { detectLanguage } from './language-detect.ts';
import { findSignals, type Signal } from './lexicon.ts';
import { countScripts, foldText, tokenize, type ScriptCounts } from './normalize-text.ts';
import { decideTopic } from './topic-rules.ts';
import { decideStage } from './stage-rules.ts';
import { decideEscalation } from './escalation-rules.ts';
import { decidePriority } from './priority-rules.ts';
import { decideArea } from './area-rules.ts';
import { round } from './scoring.ts';
import { decideReplyOwed } from './reply-owed.ts';

/**
 * Only the head of a long message is read: a guest says what they want first, and what follows
 * in a long e-mail is mostly quoted history. It also bounds the time a hostile text can take.
 */
export const MAX_ANALYSED_CHARS = 4_000;

/** Terms of a language the guest mixed in count, but less than the main language's. */
const SECONDARY_LANGUAGE_FACTOR = 0.6;

/** The languages whose lexicons can match this text at all: those written in its scripts. */
function candidateLanguages(scripts: ScriptCounts): Language[] {
  return [
    ...(scripts.latin > 0 ? (['tr', 'en', 'de'] as const) : []),
    ...(scripts.cyrillic > 0 ? (['ru'] as const) : []),
    ...(scripts.arabic > 0 ? (['ar'] as const) : []),
  ];
}

export function classifyMessage(input: ClassifyInput): Classification {
  const text = input.text.slice(0, MAX_ANALYSED_CHARS);
  const folded = foldText(text);
  const tokens = tokenize(folded);
  const scripts = countScripts(folded);

  const found = new Map<Language, Signal[]>();
  for (const l of candidateLanguages(scripts)) found.set(l, findSignals(COMPILED_LEXICONS[l], tokens));
  const termHits: Partial<Record<Language, number>> = {};
  for (const [l, list] of found) termHits[l] = list.filter((s) => s.weight > 0).length;
  const language = detectLanguage({ original: text, scripts, tokens, termHits }, COMPILED_LEXICONS);

  const factors = new Map<Language, number>([
    [language.language, 1],
    ...language.secondary.map((l): [Language, number] => [l, SECONDARY_LANGUAGE_FACTOR]),
  ]);
  const signals: Signal[] = [...found].flatMap(([l, list]) => {
    const factor = factors.get(l);
    return factor === undefined ? [] : list.map((s) => ({ ...s, weight: s.weight * factor }));
  });

  const topic = decideTopic(signals, text);
  const stage = decideStage(input, signals, topic.topic);
  const escalation = decideEscalation(signals, topic.topic, text);
  const priority = decidePriority(signals, {
    topic: topic.topic,
    stage: stage.stage,
    escalation: escalation.escalation,
  });

  const area = decideArea(tokens);
  const reply = decideReplyOwed(text);

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
