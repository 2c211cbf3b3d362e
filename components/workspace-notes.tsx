// Internal notes (never sent to the guest) and the ticket's history: who changed what, when.
import { useState } from 'preact/hooks';
import type { WorkspaceAction } from '../shared/runtime-messages.ts';
import type { HistoryEntry, TicketNote } from '../shared/ticket-workflow.ts';
import { CollapsibleList } from './collapsible-list.tsx';
import { t } from './i18n.ts';
import { formatAt } from './workspace-format.ts';

export function WorkspaceNotes({
  notes,
  timeZone,
  busy,
  onAction,
}: {
  notes: TicketNote[];
  timeZone?: string;
  busy: boolean;
  onAction(action: WorkspaceAction): void;
}) {
  const [text, setText] = useState('');
  return (
    <section class="ws-notes">
      <h3>{t('ws_notes')}</h3>
      <CollapsibleList
        items={notes}
        testId="ws-notes"
        newestFirst
        render={(note) => (
          <li key={note.id} data-testid="ws-note">
            <span class="meta">
              {note.agentName} · {formatAt(note.createdAt, timeZone)}
            </span>
            <span class="text">{note.text}</span>
          </li>
        )}
      />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) return;
          onAction({ kind: 'note', text: text.trim() });
          setText('');
        }}
      >
        <textarea
          data-testid="ws-note-text"
          rows={2}
          placeholder={t('ws_note_placeholder')}
          value={text}
          onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)}
        />
        <button type="submit" data-testid="ws-note-add" disabled={busy || !text.trim()}>
          {t('ws_note_add')}
        </button>
      </form>
    </section>
  );
}

export function WorkspaceHistory({ entries, timeZone }: { entries: HistoryEntry[]; timeZone?: string }) {
  if (entries.length === 0) return null;
  return (
    <section class="ws-history">
      <h3>{t('ws_history')}</h3>
      <CollapsibleList
        items={entries}
        testId="ws-history"
        newestFirst
        render={(entry) => (
          <li key={entry.id} data-testid="ws-history-entry" data-field={entry.field}>
            <span class="meta">
              {entry.agentName ?? t('ws_by_konuk')} · {formatAt(entry.at, timeZone)}
            </span>
            {t(`ws_history_${entry.field}`)}
            {entry.from !== null || entry.to !== null ? `: ${entry.from ?? '—'} → ${entry.to ?? '—'}` : ''}
            {entry.note ? <span class="why">{entry.note}</span> : null}
          </li>
        )}
      />
    </section>
  );
}
