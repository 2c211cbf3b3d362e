// What needs this agent now: one entry per ticket (its latest breach or escalation and how many
// came since), addressed to them as owner, team lead or role, until they acknowledge it. The
// entries are short and folded after a few, so they never bury the page-reading alarm above.
import { useEffect, useState } from 'preact/hooks';
import type { InboxEntry } from '../shared/api-contract.ts';
import { CollapsibleList } from './collapsible-list.tsx';
import { t } from './i18n.ts';
import type { PageApi } from './page-api.ts';
import { describe } from './side-panel-notifications.tsx';
import { formatAt } from './workspace-format.ts';

const REFRESH_MS = 30_000;

export function Inbox({
  api,
  timeZone,
  onSelect,
}: {
  api: PageApi;
  timeZone?: string;
  onSelect(recordNumber: string): void;
}) {
  const [entries, setEntries] = useState<InboxEntry[] | null>(null);

  async function load() {
    const answer = await api.inbox();
    if (answer.ok) setEntries(answer.value.entries);
  }

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [api]);

  async function acknowledge(ticketId: string) {
    const answer = await api.acknowledge(ticketId);
    if (answer.ok) setEntries((held) => (held ?? []).filter((entry) => entry.ticketId !== ticketId));
  }

  if (entries === null) return null;
  const sorted = [...entries].sort((a, b) => b.latest.at.localeCompare(a.latest.at));
  return (
    <section class="inbox" data-testid="inbox">
      <h2>{t('inbox_title', String(entries.length))}</h2>
      {sorted.length === 0 ? (
        <p class="muted" data-testid="inbox-empty">
          {t('inbox_empty')}
        </p>
      ) : null}
      <CollapsibleList
        items={sorted}
        testId="inbox-entries"
        render={(entry) => (
          <li
            key={entry.ticketId}
            class="for-you"
            data-testid="inbox-entry"
            data-record-number={entry.recordNumber}
          >
            <button type="button" class="link record" onClick={() => onSelect(entry.recordNumber)}>
              {entry.recordNumber}
            </button>{' '}
            <span class="what">{describe(entry.latest)}</span>
            <span class="meta">
              {formatAt(entry.latest.at, timeZone)}
              {entry.count > 1 ? ` · ${t('inbox_more', String(entry.count))}` : ''}
            </span>
            <button
              type="button"
              data-testid="inbox-acknowledge"
              onClick={() => void acknowledge(entry.ticketId)}
            >
              {t('inbox_acknowledge')}
            </button>
          </li>
        )}
      />
    </section>
  );
}
