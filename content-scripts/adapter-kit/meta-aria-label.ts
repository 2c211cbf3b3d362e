// Messenger's 2026 thread view names time, sender and text only in each message's aria-label:
// "At 16:15, Ana: text". Its words are localised and parts can be missing, so the shapes are data
// (named groups time, sender, text; tried in order, matched whole) and every part is optional.
import type { MetaLabelPatterns } from './meta-selectors.ts';
import { collapseSpaces } from './meta-message-parts.ts';

export interface MessageLabel {
  time?: string;
  sender?: string;
  text?: string;
}

const compiled = new Map<string, RegExp>();
function whole(source: string): RegExp | null {
  if (!compiled.has(source)) {
    try {
      compiled.set(source, new RegExp(`^(?:${source})$`, 'su'));
    } catch {
      return null; // a broken pattern from a pack: the others still work
    }
  }
  return compiled.get(source) ?? null;
}

/**
 * The parts of a label. `domText` is the text the bubble itself shows: a label that is just that
 * text has no header, so "Note: bring towels" is not read as a sender called "Note".
 */
export function parseMessageLabel(
  label: string | undefined,
  patterns: MetaLabelPatterns,
  domText?: string,
): MessageLabel {
  const text = label?.trim();
  if (!text) return {};
  if (domText && collapseSpaces(text) === collapseSpaces(domText)) return { text };
  for (const source of patterns.labelPatterns) {
    const groups = whole(source)?.exec(text)?.groups;
    if (!groups) continue;
    const part = (name: string) => groups[name]?.trim() || undefined;
    return { time: part('time'), sender: part('sender'), text: part('text') };
  }
  return { text };
}

export function isOutboundSender(sender: string, patterns: MetaLabelPatterns): boolean {
  const lower = sender.toLocaleLowerCase();
  return patterns.outboundSenders.some((word) => word.toLocaleLowerCase() === lower);
}
