// Which templates suit a message: those made for its topic, stage and channel, in the guest's
// language. A template made for this exact case beats a general one; a template in another
// language is only offered when the guest's language has none (the hotel's chosen language,
// else English), so a Polish guest still gets a starting point. Some kinds fit a moment rather
// than a topic: the short public reply only where the guest wrote in public, the closing
// message only once the fix is done (and never as the answer to a new question), the interim
// update only once a complaint has run past its resolution target. The hotel's templates come
// first; an agent's own drafts follow them.
import type { Channel, Language, Stage, Topic } from '../taxonomy.ts';
import type { OfferedTemplate, ReplyTemplate, TemplateKind } from './template-schema.ts';

export interface SuggestionContext {
  topic: Topic | null;
  stage: Stage | null;
  channel: Channel;
  language: Language | null;
  /**
   * The hotel's chosen language, offered when the guest's language has no template (a Polish
   * guest at a Turkish hotel gets the hotel's Turkish or English templates); English if unset.
   */
  fallbackLanguage?: Language | null;
  /** True while the hotel has not answered yet: first replies lead then. */
  awaitingFirstReply?: boolean;
  /** The guest wrote in public (a comment or a review): only there does the public reply fit. */
  inPublic?: boolean;
  /** The ticket is resolved: the fix is done, so the closing message fits. */
  resolved?: boolean;
  /** The message being answered asks something new: it wants an answer, not a closing. */
  newQuestion?: boolean;
  /** The complaint ran past its resolution target and owes the guest an interim update now. */
  interimUpdateDue?: boolean;
  /** The guest checked out 24 to 48 hours ago: the post-stay thank-you leads (issue 9). */
  thankYouDue?: boolean;
}

export interface Suggestion {
  template: OfferedTemplate;
  score: number;
}

const FALLBACK_LANGUAGE: Language = 'en';
const SAME_LANGUAGE = 100;
const FALLBACK = 50;
const FIRST_REPLY_KINDS: ReadonlySet<TemplateKind> = new Set(['acknowledgement', 'public_reply']);
const LATER_REPLY_KINDS: ReadonlySet<TemplateKind> = new Set(['closing', 'interim_update']);
/** A kind whose moment has come leads the list. */
const MOMENT = 20;

/** Whether a kind fits the moment at all: null when its moment has not come. */
function momentScore(kind: TemplateKind, context: SuggestionContext): number | null {
  if (kind === 'public_reply') return context.inPublic === true ? MOMENT : null;
  if (kind === 'closing') return context.resolved === true && context.newQuestion !== true ? MOMENT : null;
  if (kind === 'interim_update') return context.interimUpdateDue === true ? MOMENT : null;
  return 0;
}

/**
 * How well a template's targeting fits: null when it is made for something else; more when it
 * is made for fewer cases (a refund template beats an interim update that also covers refunds).
 */
function fit<T>(listed: readonly T[], value: T | null, weight: number): number | null {
  if (listed.length === 0) return 0;
  if (value === null) return null;
  return listed.includes(value) ? weight + weight / 2 / listed.length : null;
}

function languageScore(
  template: ReplyTemplate,
  language: Language | null,
  available: ReadonlySet<Language>,
  fallback: Language,
): number {
  if (language !== null && template.language === language) return SAME_LANGUAGE;
  const wanted = language !== null && available.has(language);
  if (!wanted && template.language === fallback) return FALLBACK;
  return 0;
}

export function suggestTemplates(
  context: SuggestionContext,
  library: readonly OfferedTemplate[],
  limit = 3,
): Suggestion[] {
  const available = new Set(library.map((t) => t.language));
  const fallback =
    context.fallbackLanguage && available.has(context.fallbackLanguage)
      ? context.fallbackLanguage
      : FALLBACK_LANGUAGE;
  const suggestions: Suggestion[] = [];
  for (const template of library) {
    const language = languageScore(template, context.language, available, fallback);
    const topic = fit(template.topics, context.topic, 8);
    const stage = fit(template.stages, context.stage, 4);
    const channel = fit(template.channels, context.channel, 4);
    const moment = momentScore(template.kind, context);
    if (language === 0 || topic === null || stage === null || channel === null || moment === null) continue;
    let score = language + topic + stage + channel + moment;
    if (context.awaitingFirstReply === true && FIRST_REPLY_KINDS.has(template.kind)) score += 6;
    if (context.awaitingFirstReply === false && LATER_REPLY_KINDS.has(template.kind)) score += 2;
    suggestions.push({ template, score });
  }
  const own = (s: Suggestion) => (s.template.personal === true ? 1 : 0);
  return suggestions
    .sort((a, b) => own(a) - own(b) || b.score - a.score || (a.template.id < b.template.id ? -1 : 1))
    .slice(0, Math.max(0, limit));
}
