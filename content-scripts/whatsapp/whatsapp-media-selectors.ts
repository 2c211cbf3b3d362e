// What WhatsApp Web shows for a message without (only) text, per kind, as data: language-free
// markers first (elements, test ids, icons), then the labels WhatsApp reads out.
import { z } from 'zod';
import { RegexSource } from './regex-source.ts';

const OptionalSelectorList = z.array(z.string().min(1));
export const WhatsappMediaSelectors = z.object({
  sticker: OptionalSelectorList,
  voice: OptionalSelectorList,
  video: OptionalSelectorList,
  file: OptionalSelectorList,
  photo: OptionalSelectorList,
  location: OptionalSelectorList,
  contact: OptionalSelectorList,
  /**
   * 2026 icons name themselves (an svg <title> "wds-ic-…", or data-icon): patterns per kind,
   * tried in the same order, so a voice note's play button is not taken for a video.
   */
  icons: z.object({
    sticker: z.array(RegexSource),
    voice: z.array(RegexSource),
    video: z.array(RegexSource),
    file: z.array(RegexSource),
    photo: z.array(RegexSource),
    location: z.array(RegexSource),
    contact: z.array(RegexSource),
  }),
});
export type WhatsappMediaSelectors = z.infer<typeof WhatsappMediaSelectors>;

export const WHATSAPP_MEDIA: WhatsappMediaSelectors = WhatsappMediaSelectors.parse({
  // Language-free markers first (elements, test ids, icons), then the labels WhatsApp reads out.
  sticker: [
    '[data-testid="sticker"]',
    'img[data-testid="media-sticker"]',
    'img[src*="sticker"]',
    '[aria-label*="sticker" i]',
    '[aria-label*="figurinha" i]',
    '[aria-label*="стикер" i]',
    '[aria-label*="çıkartma" i]',
    '[aria-label*="pegatina" i]',
    '[aria-label*="autocollant" i]',
  ],
  voice: [
    'audio',
    '[data-testid="audio-play"]',
    '[data-icon="audio-play"]',
    '[data-icon="ptt-status"]',
    '[data-icon^="ptt-"]',
    '[aria-label*="voice message" i]',
    '[aria-label*="mensaje de voz" i]',
    '[aria-label*="sesli mesaj" i]',
    '[aria-label*="Sprachnachricht" i]',
    '[aria-label*="голосов" i]',
    '[aria-label*="mensagem de voz" i]',
    '[aria-label*="spraakbericht" i]',
    '[aria-label*="message vocal" i]',
    '[aria-label*="messaggio vocale" i]',
  ],
  video: [
    'video',
    '[data-testid="video-content"]',
    '[data-icon="media-play"]',
    '[data-icon="video-pip"]',
    '[data-icon="media-gif"]',
  ],
  file: [
    '[data-testid="document-thumb"]',
    '[data-icon^="document"]',
    '[data-icon^="doc-"]',
    '[data-icon="audio-file"]',
    '[title^="Download" i]',
  ],
  photo: [
    'img[src^="blob:"]',
    '[data-testid="image-thumb"]',
    '[aria-label="Open picture"]',
    '[aria-label="Resmi aç"]',
    '[aria-label="Bild öffnen"]',
    '[aria-label="Abrir imagen"]',
    '[aria-label="Abrir imagem"]',
    '[aria-label="Открыть изображение"]',
    '[aria-label="Afbeelding openen"]',
  ],
  location: ['a[href*="maps.google."]', 'a[href*="google.com/maps"]', '[data-testid="location-thumb"]'],
  contact: ['[data-testid="vcard"]', '[data-icon="vcard"]'],
  icons: {
    sticker: ['^(?:wds-ic-)?sticker'],
    voice: ['^(?:wds-ic-)?(?:audio-play|ptt|mic|microphone|voice|waveform)'],
    video: ['^(?:wds-ic-)?(?:media-play|video|play-video|gif)'],
    file: ['^(?:wds-ic-)?(?:document|doc-|file|pdf|attachment)'],
    photo: ['^(?:wds-ic-)?(?:image|photo|picture)'],
    location: ['^(?:wds-ic-)?(?:location|map-pin|live-location)'],
    contact: ['^(?:wds-ic-)?(?:vcard|contact-card)'],
  },
});
