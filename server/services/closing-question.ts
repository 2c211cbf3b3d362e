// Recognises a staff message that asks the closing 1-5 satisfaction question: it contains the
// longest fixed passage (the text between variables) of one of the hotel's closing or post-stay
// templates, which is the question paragraph in every starter template. Compared after folding
// case, diacritics and spacing, so a reply the page re-wrapped or re-spaced still counts.
import { foldText } from '../../shared/classification/normalize-text.ts';
import {
  VARIABLE_PATTERN,
  type ReplyTemplate,
  type TemplateKind,
} from '../../shared/templates/template-schema.ts';

export const CSAT_QUESTION_KINDS: readonly TemplateKind[] = ['closing', 'post_stay_thanks'];

/** Shorter passages ("Dear ", ", ") would match ordinary replies. */
const MIN_PASSAGE_CHARS = 30;

function comparable(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}

export type CsatQuestionMatcher = (text: string) => boolean;

export function csatQuestionMatcher(templates: readonly ReplyTemplate[]): CsatQuestionMatcher {
  const passages = templates
    .filter((t) => CSAT_QUESTION_KINDS.includes(t.kind))
    .map((t) =>
      t.body
        .split(VARIABLE_PATTERN)
        // split() with a capture group interleaves the variable names at odd indexes.
        .filter((_, index) => index % 2 === 0)
        .map(comparable)
        .reduce((longest, passage) => (passage.length > longest.length ? passage : longest), ''),
    )
    .filter((passage) => passage.length >= MIN_PASSAGE_CHARS);
  if (passages.length === 0) return () => false;
  return (text) => {
    const folded = comparable(text);
    return passages.some((passage) => folded.includes(passage));
  };
}
