// What a Meta message without text is: a photo, a sticker, a voice note, a video or a file.
// Such a message is still a guest message, so it is captured with its kind and a readable
// placeholder (../../shared/message.ts). The selectors are data; the kinds are tried in a fixed
// order because a sticker is also an image and a voice note may sit in a file-like box.
import type { MetaMediaSelectors } from './meta-selectors.ts';
import type { MessageKind } from '../../shared/message.ts';

type MediaKind = Exclude<MessageKind, 'text'>;
const ORDER: readonly (keyof MetaMediaSelectors & MediaKind)[] = [
  'sticker',
  'voice',
  'video',
  'file',
  'photo',
];

/**
 * The kind of the first media element inside `root` that `belongsToMessage` accepts (the caller
 * rules out avatars and emoji inside text), or undefined for a message of text only.
 */
export function mediaKind(
  root: Element,
  selectors: MetaMediaSelectors,
  belongsToMessage: (element: Element) => boolean,
): MediaKind | undefined {
  for (const kind of ORDER) {
    for (const selector of selectors[kind]) {
      for (const element of root.querySelectorAll(selector)) {
        if (belongsToMessage(element)) return kind;
      }
    }
  }
  return undefined;
}
