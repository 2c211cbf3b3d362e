// What a heading above a Meta message says about who sent it. Instagram and Messenger print
// "You sent", "You replied to Ana", "Ana replied to you", a bare name, or a label such as
// "Edited" that names nobody. The patterns are data (localised, served in selector packs), and a
// heading that matches none of them is a bare sender name.
import type { MetaHeadingPatterns } from './meta-selectors.ts';

export type HeadingMeaning =
  | { kind: 'outbound' }
  | { kind: 'inbound'; name: string }
  /** A heading is there, but it does not say who sent the message. */
  | { kind: 'neutral' };

const compiled = new Map<string, RegExp>();

function whole(source: string): RegExp {
  let pattern = compiled.get(source);
  if (!pattern) {
    pattern = new RegExp(`^(?:${source})$`, 'iu');
    compiled.set(source, pattern);
  }
  return pattern;
}

/** Each line of a heading is read on its own: "Ana" above "Edited" still names Ana. */
export function headingMeaning(text: string, patterns: MetaHeadingPatterns): HeadingMeaning {
  const lines = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  let meaning: HeadingMeaning = { kind: 'neutral' };
  for (const line of lines) {
    const read = lineMeaning(line, patterns);
    if (read.kind === 'outbound') return read;
    if (read.kind === 'inbound' && meaning.kind === 'neutral') meaning = read;
  }
  return meaning;
}

/** Whether a line of a bubble is context above the message rather than its text. */
export function isContextLabel(text: string, patterns: MetaHeadingPatterns): boolean {
  const line = text.replace(/\s+/g, ' ').trim();
  return patterns.contextLabelPatterns.some((p) => whole(p).test(line));
}

function lineMeaning(line: string, patterns: MetaHeadingPatterns): HeadingMeaning {
  // Outbound first: "You replied to Ana" must not read as a sender called "You".
  if (patterns.outboundHeadingPatterns.some((p) => whole(p).test(line))) return { kind: 'outbound' };
  if (patterns.neutralHeadingPatterns.some((p) => whole(p).test(line))) return { kind: 'neutral' };
  for (const source of patterns.inboundHeadingPatterns) {
    const name = whole(source).exec(line)?.[1]?.trim();
    if (name) return { kind: 'inbound', name };
  }
  return { kind: 'inbound', name: line };
}
