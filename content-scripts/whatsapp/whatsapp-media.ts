// What a WhatsApp message without (only) text is: a sticker, voice note, video, file, location,
// contact card or photo. It is a guest message like any text, captured with its kind and a
// readable placeholder plus any caption (../../shared/message.ts). Kinds are tried in a fixed
// order because a sticker is also an image and a voice note may sit in a file-like box.
import type { MessageKind } from '../../shared/message.ts';
import { anyOf } from '../selector-chain.ts';
import type { WhatsappMediaSelectors } from './whatsapp-media-selectors.ts';
import type { WhatsappSelectors } from './whatsapp-selectors.ts';

type MediaKind = Exclude<MessageKind, 'text'>;
const ORDER: readonly (keyof WhatsappMediaSelectors & MediaKind)[] = [
  'sticker',
  'voice',
  'video',
  'file',
  'location',
  'contact',
  'photo',
];

/**
 * The message's media kind, or undefined for a text message. Emoji inside the text, avatars and
 * a quoted message's thumbnail are not the message's media.
 */
export function readMediaKind(
  element: Element,
  textElement: Element | null,
  hasPrePlainText: boolean,
  s: WhatsappSelectors,
): MediaKind | undefined {
  const quoted = anyOf(s.quoted);
  const own = (found: Element) =>
    !found.closest(quoted) &&
    !(textElement && textElement.contains(found)) &&
    !found.closest(anyOf(s.author));
  const icons = namedIcons(element).filter(([, icon]) => own(icon));
  for (const kind of ORDER) {
    for (const selector of s.media[kind]) {
      for (const found of element.querySelectorAll(selector)) if (own(found)) return kind;
    }
    const patterns = s.media.icons[kind].map((source) => new RegExp(source, 'iu'));
    if (icons.some(([name]) => patterns.some((pattern) => pattern.test(name)))) return kind;
  }
  // Only text messages carry data-pre-plain-text. Without it, any picture is the message's own,
  // and a message showing none of the known kinds is still an attachment, not an empty text.
  if (hasPrePlainText) return undefined;
  const picture = [...element.querySelectorAll('img')].find((img) => own(img) && !isEmoji(img));
  if (picture) return 'photo';
  return textElement ? undefined : 'other';
}

/** Every icon's own name: data-icon values and the <title> of 2026 svg icons. */
function namedIcons(element: Element): Array<[string, Element]> {
  const named: Array<[string, Element]> = [];
  for (const icon of element.querySelectorAll('[data-icon]'))
    named.push([icon.getAttribute('data-icon') ?? '', icon]);
  for (const title of element.querySelectorAll('svg > title'))
    named.push([title.textContent?.trim() ?? '', title]);
  return named;
}

function isEmoji(img: Element): boolean {
  return img.classList.contains('emoji') || /^\p{Extended_Pictographic}/u.test(img.getAttribute('alt') ?? '');
}
