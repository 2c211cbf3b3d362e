// The library a hotel starts with (DOMAIN.md "What a good reply looks like"), in Turkish,
// English, German, Russian and Arabic. What each kind of template is for is said once, here; the
// language files hold only the words.
import { z } from 'zod';
import type { Channel, Language, Stage, Topic } from '../taxonomy.ts';
import { ReplyTemplate, type TemplateKind } from './template-schema.ts';
import { AR_TEMPLATES } from './library/ar.ts';
import { DE_TEMPLATES } from './library/de.ts';
import { EN_TEMPLATES } from './library/en.ts';
import { RU_TEMPLATES } from './library/ru.ts';
import { TR_TEMPLATES } from './library/tr.ts';

export type StarterTexts = Readonly<Record<TemplateKind, { title: string; body: string }>>;

interface KindUse {
  topics: Topic[];
  stages: Stage[];
  channels: Channel[];
}

const ANY: KindUse = { topics: [], stages: [], channels: [] };

const KIND_USE: Readonly<Record<TemplateKind, KindUse>> = {
  acknowledgement: ANY,
  // For a comment or a review, on any platform (suggestTemplates offers it only where the guest
  // wrote in public); the reply only moves the guest to a private message.
  public_reply: { topics: ['complaint', 'feedback'], stages: [], channels: [] },
  complaint_recovery: { ...ANY, topics: ['complaint'] },
  interim_update: {
    ...ANY,
    topics: ['complaint', 'refund', 'lost_item', 'special_request', 'change', 'invoice'],
  },
  cancellation_change: { ...ANY, topics: ['cancellation', 'change'], stages: ['pre_stay'] },
  refund: { ...ANY, topics: ['refund'] },
  closing: ANY,
  post_stay_thanks: { ...ANY, topics: ['feedback'], stages: ['post_stay'] },
};

const TEXTS: Readonly<Partial<Record<Language, StarterTexts>>> = {
  tr: TR_TEMPLATES,
  en: EN_TEMPLATES,
  de: DE_TEMPLATES,
  ru: RU_TEMPLATES,
  ar: AR_TEMPLATES,
};

export const STARTER_LANGUAGES = Object.keys(TEXTS) as Language[];

/** Parsed when loaded, so a broken starter template fails loudly, not in front of a guest. */
export const STARTER_LIBRARY: readonly ReplyTemplate[] = z.array(ReplyTemplate).parse(
  STARTER_LANGUAGES.flatMap((language) =>
    Object.entries(TEXTS[language]!).map(([kind, text]) => ({
      id: `${language}-${kind.replace(/_/g, '-')}`,
      kind,
      language,
      ...KIND_USE[kind as TemplateKind],
      ...text,
    })),
  ),
);
