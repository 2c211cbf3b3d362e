// A rendered template as the agent will insert it: the filled values plain, each blank marked.
// Built from renderTemplate's parts as text nodes; nothing is ever parsed as HTML.
import type { RenderedPart } from '../shared/templates/render-template.ts';
import type { Translate } from './sla-badge.tsx';

export function SuggestionPreview({ parts, t }: { parts: RenderedPart[]; t: Translate }) {
  return (
    <p class="preview" data-testid="suggestion-preview">
      {parts.map((part, index) =>
        part.kind === 'text' ? (
          part.text
        ) : part.value === null ? (
          <mark key={index} class="unfilled" data-variable={part.name} title={variableLabel(part.name, t)}>
            {`{{${part.name}}}`}
          </mark>
        ) : (
          <span key={index} class="filled" data-variable={part.name}>
            {part.value}
          </span>
        ),
      )}
    </p>
  );
}

export function variableLabel(name: string, t: Translate): string {
  const key = `reply_var_${name}`;
  const label = t(key);
  // A hotel's own variable has no translation: its name is the best label there is.
  return label && label !== key ? label : name;
}
