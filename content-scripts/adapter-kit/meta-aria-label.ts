// Messenger's 2026 thread view names time, sender and text only in each message's aria-label:
// "At 16:15, Ana: text". Its words are localised and parts can be missing, so the shapes are data
// (named groups time, sender, text; tried in order, matched whole) and every part is optional.
import { z } from 'zod';

export const MetaLabelPatterns = z.object({
  /** Regular expressions with the named groups `time`, `sender` and `text`, newest first. */
  labelPatterns: z.array(z.string().min(1)).min(1),
  /** Sender words that mean this account ("You", "Sen", "Du", "Tú" …), matched whole, any case. */
  outboundSenders: z.array(z.string().min(1)),
});
export type MetaLabelPatterns = z.infer<typeof MetaLabelPatterns>;

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

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

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
  if (domText && collapse(text) === collapse(domText)) return { text };
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

// A clock as Meta prints it: 16:15, 4:15 PM, 16.15, 16h15, with an optional day before it.
const CLOCK = String.raw`[^:\n]{0,40}?\d{1,2}[:.h]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?`;
const SENDER = String.raw`[^:\n]{1,100}?`;
const COLON = String.raw`\s?:\s`;

/**
 * English is reported by several 2026 sources; the other languages' prepositions ("Um", "Saat",
 * "À", "A las", "В", "Lúc") follow Meta's other labels and are guesses a pack can correct.
 */
export const META_LABEL_PATTERNS: MetaLabelPatterns = MetaLabelPatterns.parse({
  labelPatterns: [
    // "At 16:15, Ana: text" and its translations
    String.raw`(?:At|Um|À|A las|A la|Alle|Às|Om|Saat|В|Lúc|Kl\.?)\s+(?<time>${CLOCK}),\s*(?<sender>${SENDER})${COLON}(?<text>.*)`,
    // "16:15, Ana: text", "16:15'te, Ana: text"
    String.raw`(?<time>${CLOCK})(?:'(?:te|de|da|ta))?,\s*(?<sender>${SENDER})${COLON}(?<text>.*)`,
    // "Ana, 16:15: text"
    String.raw`(?<sender>${SENDER}),\s*(?:at\s+)?(?<time>\d{1,2}[:.h]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?)${COLON}(?<text>.*)`,
    // no sender: "At 16:15: text"
    String.raw`(?:At|Um|À|A las|Alle|Às|Om|Saat|В|Lúc)\s+(?<time>${CLOCK})${COLON}(?<text>.*)`,
    // no time: "Ana: text"
    String.raw`(?<sender>${SENDER})${COLON}(?<text>.*)`,
  ],
  outboundSenders: [
    'You',
    'Sen',
    'Siz',
    'Du',
    'Tú',
    'Tu',
    'Vous',
    'Você',
    'Jij',
    'Je',
    'U',
    'Вы',
    'Ты',
    'Bạn',
    'Anda',
    'أنت',
  ],
});
