// One template being written or changed in the options page: every field of the template
// schema, checked with that schema before anything is sent, so the agent sees what to fix.
import { useState } from 'preact/hooks';
import { CHANNELS, LANGUAGES, STAGES, TOPICS } from '../shared/taxonomy.ts';
import {
  ReplyTemplate,
  TEMPLATE_VARIABLES,
  TemplateKind,
  type ReplyTemplateInput,
} from '../shared/templates/template-schema.ts';
import type { Translate } from './sla-badge.tsx';

export interface TemplateDraft extends ReplyTemplateInput {
  topics: NonNullable<ReplyTemplateInput['topics']>;
  stages: NonNullable<ReplyTemplateInput['stages']>;
  channels: NonNullable<ReplyTemplateInput['channels']>;
}

export function blankDraft(language: ReplyTemplate['language']): TemplateDraft {
  return {
    id: '',
    kind: 'acknowledgement',
    title: '',
    language,
    topics: [],
    stages: [],
    channels: [],
    body: '',
  };
}

/**
 * A new template's id: readable, and unlikely to meet another one the hotel has. An agent's own
 * starts with "my-", so it never takes an id the hotel's library uses.
 */
export function newTemplateId(
  draft: TemplateDraft,
  random: () => number = Math.random,
  personal = false,
): string {
  const suffix = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `${personal ? 'my-' : ''}${draft.language}-${draft.kind.replace(/_/g, '-')}-${suffix}`;
}

interface FormProps {
  initial: TemplateDraft;
  isNew: boolean;
  /** The agent's own template rather than the hotel's. */
  personal?: boolean;
  busy: boolean;
  t: Translate;
  onSave(template: ReplyTemplate): void;
  onCancel(): void;
}

export function TemplateEditorForm({ initial, isNew, personal, busy, t, onSave, onCancel }: FormProps) {
  const [draft, setDraft] = useState<TemplateDraft>(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (change: Partial<TemplateDraft>) => setDraft({ ...draft, ...change });

  function submit(event: Event) {
    event.preventDefault();
    const id = isNew ? newTemplateId(draft, Math.random, personal) : draft.id;
    const parsed = ReplyTemplate.safeParse({ ...draft, id });
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      return setProblem(t('templates_invalid', issues.join('; ')));
    }
    setProblem(null);
    onSave(parsed.data);
  }

  return (
    <form class="template-form" data-testid="template-form" onSubmit={submit}>
      <label>
        {t('templates_field_title')}
        <input
          type="text"
          data-testid="template-title"
          value={draft.title}
          onInput={(e) => set({ title: e.currentTarget.value })}
        />
      </label>
      <div class="pair">
        <label>
          {t('templates_field_kind')}
          <select
            data-testid="template-kind"
            value={draft.kind}
            onChange={(e) => set({ kind: TemplateKind.parse(e.currentTarget.value) })}
          >
            {TemplateKind.options.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind_${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('templates_field_language')}
          <select
            data-testid="template-language"
            value={draft.language}
            onChange={(e) => set({ language: e.currentTarget.value as TemplateDraft['language'] })}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`language_${language}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Checkboxes
        legend={t('templates_field_topics')}
        name="topics"
        options={TOPICS}
        label={(topic) => t(`topic_${topic}`)}
        chosen={draft.topics}
        onChange={(topics) => set({ topics })}
      />
      <Checkboxes
        legend={t('templates_field_stages')}
        name="stages"
        options={STAGES}
        label={(stage) => t(`stage_${stage}`)}
        chosen={draft.stages}
        onChange={(stages) => set({ stages })}
      />
      <Checkboxes
        legend={t('templates_field_channels')}
        name="channels"
        options={CHANNELS}
        label={(channel) => t(`channel_${channel}`)}
        chosen={draft.channels}
        onChange={(channels) => set({ channels })}
      />
      <label>
        {t('templates_field_body')}
        <textarea
          data-testid="template-body"
          rows={9}
          value={draft.body}
          onInput={(e) => set({ body: e.currentTarget.value })}
        />
      </label>
      <p class="hint">
        {t('templates_variables_hint', TEMPLATE_VARIABLES.map((name) => `{{${name}}}`).join(' '))}
      </p>
      {problem ? (
        <p class="error" role="alert" data-testid="template-problem">
          {problem}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" data-testid="template-save" disabled={busy}>
          {t('templates_save')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('templates_cancel')}
        </button>
      </div>
    </form>
  );
}

function Checkboxes<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly T[];
  label(option: T): string;
  chosen: T[];
  onChange(chosen: T[]): void;
}) {
  return (
    <fieldset data-testid={`template-${props.name}`}>
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option} class="check">
          <input
            type="checkbox"
            value={option}
            checked={props.chosen.includes(option)}
            onChange={(e) =>
              props.onChange(
                e.currentTarget.checked
                  ? props.options.filter((o) => o === option || props.chosen.includes(o))
                  : props.chosen.filter((o) => o !== option),
              )
            }
          />
          {props.label(option)}
        </label>
      ))}
    </fieldset>
  );
}
