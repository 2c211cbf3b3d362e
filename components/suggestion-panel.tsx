// The suggestion panel: the best templates for a guest message, each previewed as it would be
// inserted. Values Konuk filled in are shown plainly; variables it could not fill are marked and
// get a field, so the agent sees every blank before anything reaches the reply box. Everything
// here is rendered as text nodes: a guest name is never markup.
import { useState } from 'preact/hooks';
import type { ReplyTemplate } from '../shared/templates/template-schema.ts';
import { renderTemplate, type TemplateValues } from '../shared/templates/render-template.ts';
import type { Translate } from './sla-badge.tsx';
import { SuggestionPreview, variableLabel } from './suggestion-panel-preview.tsx';

export interface PanelSuggestion {
  template: ReplyTemplate;
  /** What Konuk knows for this template (dates in its language). */
  values: TemplateValues;
}

export interface SuggestionPanelProps {
  suggestions: PanelSuggestion[];
  source: 'hotel' | 'starter';
  /** True when the templates could not be loaded at all (the worker did not answer). */
  unavailable?: boolean;
  t: Translate;
  /** Puts the text into the page's reply box; false when there is no reply box to put it in. */
  onInsert(template: ReplyTemplate, text: string): boolean;
  onClose(): void;
}

export function SuggestionPanel(props: SuggestionPanelProps) {
  const { suggestions, source, t, onInsert, onClose } = props;
  const [selected, setSelected] = useState(0);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const chosen = suggestions[selected];

  return (
    <section class="panel" role="dialog" aria-label={t('reply_panel_title')} data-testid="suggestion-panel">
      {/* Not a <header>: inside a dialog it would be a second banner landmark of the page. */}
      <div class="header">
        <h2>{t('reply_panel_title')}</h2>
        <button type="button" class="close" aria-label={t('reply_close')} onClick={onClose}>
          ×
        </button>
      </div>
      {source === 'starter' ? <p class="note">{t('reply_starter_note')}</p> : null}
      {chosen ? (
        <>
          {/* A list of toggle buttons, not a listbox: a listbox may hold only options, and these
              are list items holding buttons (axe's list and aria-required-children rules). */}
          <ol class="choices" aria-label={t('reply_panel_title')}>
            {suggestions.map((s, index) => (
              <li key={s.template.id}>
                <button
                  type="button"
                  aria-pressed={index === selected}
                  data-testid="suggestion"
                  data-template-id={s.template.id}
                  data-autofocus={index === 0 ? '' : undefined}
                  onClick={() => {
                    setSelected(index);
                    setProblem(null);
                  }}
                >
                  <span class="title">{s.template.title}</span>
                  <span class="language">{s.template.language.toUpperCase()}</span>
                </button>
              </li>
            ))}
          </ol>
          <Chosen
            suggestion={chosen}
            typed={typed}
            t={t}
            onType={(name, value) => setTyped({ ...typed, [name]: value })}
            onInsert={(text) => {
              if (!onInsert(chosen.template, text)) setProblem(t('reply_no_composer'));
            }}
          />
        </>
      ) : (
        <p class="note">{t(props.unavailable ? 'reply_unavailable' : 'reply_none')}</p>
      )}
      {problem ? (
        <p class="problem" role="alert">
          {problem}
        </p>
      ) : null}
      <p class="hint">{t('reply_never_sends')}</p>
    </section>
  );
}

function Chosen(props: {
  suggestion: PanelSuggestion;
  typed: Record<string, string>;
  t: Translate;
  onType(name: string, value: string): void;
  onInsert(text: string): void;
}) {
  const { suggestion, typed, t } = props;
  // The blanks are what Konuk could not fill; what the agent types fills them in the preview.
  const blanks = renderTemplate(suggestion.template, suggestion.values).unfilled;
  const rendered = renderTemplate(suggestion.template, { ...suggestion.values, ...typed });
  return (
    <div class="chosen">
      <SuggestionPreview parts={rendered.parts} t={t} />
      {blanks.length > 0 ? (
        <div class="blanks">
          <p class="note" data-testid="unfilled-count">
            {t('reply_blanks', String(rendered.unfilled.length))}
          </p>
          {blanks.map((name) => (
            <label key={name}>
              <span>{variableLabel(name, t)}</span>
              <input
                type="text"
                data-testid="variable-input"
                data-variable={name}
                value={typed[name] ?? ''}
                onInput={(event) => props.onType(name, event.currentTarget.value)}
              />
            </label>
          ))}
        </div>
      ) : null}
      <button
        type="button"
        class="insert"
        data-testid="suggestion-insert"
        onClick={() => props.onInsert(rendered.text)}
      >
        {t('reply_insert')}
      </button>
    </div>
  );
}
