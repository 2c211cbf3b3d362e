// The hotel's chosen language for replies when the guest's language has no template. Hotels do
// not state it anywhere yet, but they show it: the language they wrote most of their own
// templates in. The starter library, the same in every language, shows no choice (null:
// suggestTemplates then falls back to English).
import type { Language } from '../taxonomy.ts';
import type { ReplyTemplate } from './template-schema.ts';

export function hotelLanguage(
  templates: readonly Pick<ReplyTemplate, 'language'>[] | null | undefined,
): Language | null {
  const counts = new Map<Language, number>();
  for (const t of templates ?? []) counts.set(t.language, (counts.get(t.language) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) return null;
  return first[0];
}
