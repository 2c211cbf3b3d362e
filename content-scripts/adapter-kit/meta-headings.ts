// What a heading above a Meta message says about who sent it. Instagram and Messenger print
// "You sent", "You replied to Ana", "Ana replied to you", a bare name, or a label such as
// "Edited" that names nobody. The patterns are data (localised, served in selector packs), and a
// heading that matches none of them is a bare sender name.
import { z } from 'zod';

export const MetaHeadingPatterns = z.object({
  /** The account's own messages ("You sent", "You replied to …"), matched whole, any case. */
  outboundHeadingPatterns: z.array(z.string().min(1)).min(1),
  /** Someone else's message; capture group 1 is their name ("(.+) replied to you"). */
  inboundHeadingPatterns: z.array(z.string().min(1)),
  /** Labels that open a heading but name no sender ("Edited", "Forwarded", "Pinned"). */
  neutralHeadingPatterns: z.array(z.string().min(1)),
  /**
   * Context lines inside a bubble ("Replied to @ana's story", "Original message:"): not the
   * message's text when the bubble has text besides them.
   */
  contextLabelPatterns: z.array(z.string().min(1)),
});
export type MetaHeadingPatterns = z.infer<typeof MetaHeadingPatterns>;

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

/**
 * English is seen on the real pages; the other languages follow Meta's published UI strings
 * as far as public sources show them and are best guesses, so a pack can correct them.
 */
export const META_HEADING_PATTERNS: MetaHeadingPatterns = MetaHeadingPatterns.parse({
  outboundHeadingPatterns: [
    'You sent',
    'You sent an? [^ ]+',
    'You replied to .+',
    'You forwarded an? .+',
    'You unsent an? .+',
    // Business Suite names the agent who answered for the Page.
    'Sent by .+',
    'Sen gönderdin',
    'Gönderdin',
    '.+ (?:adlı kişiyi )?yanıtladın',
    'Du hast gesendet',
    'Du hast .+ geantwortet',
    'Has enviado',
    'Enviaste',
    'Respondiste a .+',
    'Vous avez envoyé',
    'Vous avez répondu à .+',
    'Вы отправили',
    'Вы ответили .+',
    'Bạn đã gửi',
    'Bạn đã trả lời .+',
  ],
  inboundHeadingPatterns: [
    '(.+?) replied to (?:you|themselves|themself|himself|herself|.+)',
    '(.+?) forwarded an? .+',
    '(.+?) sent an? [^ ]+',
    '(.+?) sana yanıt verdi',
    '(.+?) seni yanıtladı',
    '(.+?) hat dir geantwortet',
    '(.+?) te respondió',
    '(.+?) vous a répondu',
    '(.+?) ответил\\(а\\) вам',
    '(.+?) ответила? вам',
    '(.+?) đã trả lời bạn',
  ],
  neutralHeadingPatterns: [
    'Edited',
    'Forwarded',
    'Pinned',
    'Replied',
    'Düzenlendi',
    'İletildi',
    'Bearbeitet',
    'Weitergeleitet',
    'Editado',
    'Reenviado',
    'Modifié',
    'Transféré',
    'Изменено',
    'Переслано',
    'Đã chỉnh sửa',
  ],
  // Seen 2025-08 (real Instagram capture): "Replied to @慧 詩's story", "Original message:".
  contextLabelPatterns: [
    'Replied to .+',
    'You replied to .+',
    '.+ replied to (?:you|your story|their story|.+)',
    'Replied to your story',
    'Original message:?',
    'Forwarded',
    'You forwarded a message',
    '.+ forwarded a message',
  ],
});
