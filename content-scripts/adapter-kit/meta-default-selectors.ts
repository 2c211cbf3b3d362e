// The built-in words, patterns and selectors every Meta pack starts from (headings, message
// labels, media, the chat list). Each comment says where a value was seen; guesses say so.
import {
  MetaCommonSelectors,
  MetaHeadingPatterns,
  MetaLabelPatterns,
  MetaMediaSelectors,
} from './meta-selectors.ts';

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

/**
 * Labels and tags seen on Meta's pages and in public scrapers (English labels; images and media
 * elements are language-free). A guess beyond the tags, so a pack can correct it.
 */
export const META_MEDIA_SELECTORS: MetaMediaSelectors = MetaMediaSelectors.parse({
  sticker: ['[aria-label*="sticker" i]', 'img[alt*="sticker" i]', 'img[src*="sticker"]'],
  voice: ['audio', '[aria-label*="audio" i]', '[aria-label*="voice" i]'],
  video: ['video', '[aria-label*="video" i]'],
  // Not aria-label*="file": "Open the profile page" contains it.
  file: [
    'a[download]',
    'a[href*="/attachment"]',
    '[aria-label*="attachment" i]',
    '[aria-label^="Download" i]',
  ],
  photo: ['[aria-label*="photo" i]', 'img[alt*="photo" i]', 'img[alt*="image" i]', 'img'],
});

/** Defaults for the chat list and hover chrome of Meta's pages (roles and labels, no classes). */
export const META_COMMON_SELECTORS: Omit<MetaCommonSelectors, 'media'> = MetaCommonSelectors.omit({
  media: true,
}).parse({
  chatList: [
    '[role="navigation"]',
    '[aria-label="Chats" i]',
    '[aria-label="Chat list" i]',
    '[aria-label="Conversations" i]',
    '[aria-label="Conversation list" i]',
    '[aria-label="Thread list" i]',
    '[data-testid="mwthreadlist"]',
    '[data-pagelet*="ThreadList"]',
  ],
  conversationLink: [
    'a[href^="/t/"]',
    'a[href*="/messages/t/"]',
    'a[href*="/e2ee/t/"]',
    'a[href*="/direct/t/"]',
    'a[href*="selected_item_id="]',
  ],
  actionCell: ['[aria-label="Details and actions"]', '[aria-label="More actions" i]'],
});
