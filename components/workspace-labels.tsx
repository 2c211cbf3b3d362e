// The ticket's labels (language, topic, stage, priority) with the cues that set them (the words of
// the guest's latest message the classifier matched), each editable: a correction is kept by the
// API against later relabelling.
import type { WorkspaceAction } from '../shared/runtime-messages.ts';
import { LANGUAGES, PRIORITIES, STAGES, TOPICS } from '../shared/taxonomy.ts';
import type { StoredMessage, Ticket } from '../shared/ticket.ts';
import { t } from './i18n.ts';

type Field = 'language' | 'topic' | 'stage' | 'priority';
const OPTIONS: Record<Field, readonly string[]> = {
  language: LANGUAGES,
  topic: TOPICS,
  stage: STAGES,
  priority: PRIORITIES,
};
const FIELDS: Field[] = ['topic', 'stage', 'priority', 'language'];

export function WorkspaceLabels({
  ticket,
  messages,
  busy,
  onAction,
}: {
  ticket: Ticket;
  messages: StoredMessage[];
  busy: boolean;
  onAction(action: WorkspaceAction): void;
}) {
  const latest = [...messages].reverse().find((m) => m.direction === 'inbound' && m.classification);
  const cues = latest?.classification?.cues ?? [];
  return (
    <section class="ws-labels" data-testid="ws-labels">
      <h3>{t('ws_labels')}</h3>
      {FIELDS.map((field) => {
        const value = ticket[field] ?? '';
        const words = cues
          .filter((cue) => cue.field === field && cue.value === value)
          .map((cue) => cue.words ?? cue.rule);
        const corrected = ticket.correctedFields?.includes(field) ?? false;
        return (
          <label key={field}>
            {t(`ws_label_${field}`)}
            {corrected ? <span class="meta"> · {t('ws_label_corrected')}</span> : null}
            <select
              data-testid={`ws-label-${field}`}
              value={value}
              disabled={busy}
              onChange={(event) =>
                onAction({
                  kind: 'labels',
                  [field]: (event.currentTarget as HTMLSelectElement).value,
                } as WorkspaceAction)
              }
            >
              {value === '' ? <option value="">—</option> : null}
              {OPTIONS[field].map((option) => (
                <option key={option} value={option}>
                  {labelName(field, option)}
                </option>
              ))}
            </select>
            {words.length > 0 ? (
              <span class="why" data-testid="ws-label-cues">
                {t('ws_label_cues', [...new Set(words)].join(', '))}
              </span>
            ) : null}
          </label>
        );
      })}
    </section>
  );
}

function labelName(field: Field, value: string): string {
  if (field === 'priority') return t(`priority_${value}`);
  return t(`${field}_${value}`);
}
