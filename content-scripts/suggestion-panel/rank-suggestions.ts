// The templates the panel shows for one message, best first: shared/templates suggestTemplates,
// except that where the guest wrote in public (a comment, a review) the short public reply for
// the channel leads whatever the topic, because a visible answer goes out first and moves the
// guest to a DM. A direct message on the same platform gets no public reply. Likewise, in the
// conversation of a guest who checked out 24 to 48 hours ago, the post-stay thank-you leads.
import { suggestTemplates, type SuggestionContext } from '../../shared/templates/suggest-templates.ts';
import type { ReplyTemplate, TemplateKind } from '../../shared/templates/template-schema.ts';
import type { Channel, Language } from '../../shared/taxonomy.ts';

export const PANEL_SUGGESTIONS = 4;
const FALLBACK_LANGUAGE: Language = 'en';

export function rankSuggestions(
  context: SuggestionContext,
  library: readonly ReplyTemplate[],
  limit = PANEL_SUGGESTIONS,
): ReplyTemplate[] {
  const ranked = suggestTemplates(context, library, limit).map((s) => s.template);
  const lead =
    context.inPublic === true ? 'public_reply' : context.thankYouDue === true ? 'post_stay_thanks' : null;
  if (!lead) return ranked;
  const first = firstOfKind(
    lead,
    context.channel,
    context.language,
    context.fallbackLanguage ?? FALLBACK_LANGUAGE,
    library,
  );
  if (!first) return ranked;
  return [first, ...ranked.filter((t) => t.id !== first.id)].slice(0, limit);
}

function firstOfKind(
  kind: TemplateKind,
  channel: Channel,
  language: Language | null,
  fallback: Language,
  library: readonly ReplyTemplate[],
): ReplyTemplate | null {
  const forChannel = library.filter(
    (t) => t.kind === kind && (t.channels.length === 0 || t.channels.includes(channel)),
  );
  return (
    forChannel.find((t) => t.language === language) ??
    forChannel.find((t) => t.language === fallback) ??
    forChannel.find((t) => t.language === FALLBACK_LANGUAGE) ??
    null
  );
}
