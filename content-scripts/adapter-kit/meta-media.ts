// What a Meta message without text is: a photo, a sticker, a voice note, a video or a file.
// Such a message is still a guest message, so it is captured with its kind and a readable
// placeholder (../../shared/message.ts). The selectors are data; the kinds are tried in a fixed
// order because a sticker is also an image and a voice note may sit in a file-like box.
import { z } from 'zod';
import type { MessageKind } from '../../shared/message.ts';

const OptionalSelectorList = z.array(z.string().min(1));

export const MetaMediaSelectors = z.object({
  sticker: OptionalSelectorList,
  voice: OptionalSelectorList,
  video: OptionalSelectorList,
  file: OptionalSelectorList,
  photo: OptionalSelectorList,
});
export type MetaMediaSelectors = z.infer<typeof MetaMediaSelectors>;

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
