// The toolbar popup: the work queues (mine, my team, unassigned, all), most urgent first, with
// their clocks ticking, and how the sync stands (messages waiting, the last error). While the API
// cannot be asked, the open tickets this browser holds are listed instead. Opening it asks the
// worker to sync now; a link opens the workspace beside the page.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { compareUrgency, slaStatus, type SlaStatus } from '../shared/sla-clock.ts';
import type { Role } from '../shared/taxonomy.ts';
import { t } from './i18n.ts';
import { currentWindowId, openSidePanel, openTicketBeside } from './open-conversation.ts';
import { createPageApi, type PageApi } from './page-api.ts';
import type { QueueView, SyncError, TicketRow as TicketRecord } from './page-store.ts';
import { TicketRow } from './ticket-row.tsx';
import { WorkQueue } from './work-queue.tsx';
import { useWatched } from './use-watched.ts';
import { POPUP_STYLE } from './page-style.ts';

export function TicketQueue({ api }: { api?: PageApi }) {
  const pageApi = useMemo(() => api ?? createPageApi(), [api]);
  const queue = useWatched(pageApi.watchQueue, [pageApi]);
  const now = useNow();
  const [role, setRole] = useState<Role | null>(null);
  const [windowId, setWindowId] = useState<number | null>(null);

  useEffect(() => {
    // The worker may be asleep: this wakes it and brings the list up to date.
    browser.runtime.sendMessage({ type: 'konuk/sync-now' }).catch(() => undefined);
    void pageApi.me().then((me) => setRole(me.ok ? me.value.agent.role : null));
    // Looked up now: the side panel must open within the click, before anything is awaited.
    void currentWindowId().then(setWindowId);
  }, [pageApi]);

  const rows = useMemo(() => sortByUrgency(queue?.tickets ?? [], now), [queue, now]);

  return (
    <main class="konuk-popup">
      <style>{POPUP_STYLE}</style>
      <header>
        <h1>{t('queue_title')}</h1>
        <a
          href="#"
          data-testid="open-workspace"
          title={t('popup_open_workspace_hint')}
          onClick={(event) => {
            event.preventDefault();
            if (windowId !== null) void openSidePanel(windowId);
          }}
        >
          {t('popup_open_workspace')}
        </a>
        <a href="#" data-testid="open-dashboard" onClick={openDashboard}>
          {t('panel_open_dashboard')}
        </a>
        <a href="#" data-testid="open-options" onClick={openOptions}>
          {t('queue_open_options')}
        </a>
      </header>
      {queue && !queue.configured && (
        <p class="notice" data-testid="not-configured">
          {t('queue_not_configured')}
        </p>
      )}
      {queue && queue.configured && <SyncLine error={queue.lastSyncError} />}
      {queue && queue.waiting > 0 && (
        <p class="pending" data-testid="pending-count" data-count={queue.waiting}>
          {t('queue_pending_sync', String(queue.waiting))}
        </p>
      )}
      {queue && queue.parked > 0 && (
        <p class="error" data-testid="parked-count" data-count={queue.parked}>
          {t('queue_parked', String(queue.parked))}{' '}
          <button
            type="button"
            data-testid="retry-parked"
            onClick={() => {
              browser.runtime
                .sendMessage({ type: 'konuk/sync-now', retryParked: true })
                .catch(() => undefined);
            }}
          >
            {t('queue_retry_parked')}
          </button>
        </p>
      )}
      {queue && queue.configured ? (
        <WorkQueue
          api={pageApi}
          role={role}
          now={now}
          onOpen={(ticket) => void openTicketBeside(ticket, windowId, Date.now())}
          onClaim={(ticket) => pageApi.act(ticket.recordNumber, { kind: 'claim' })}
          offline={
            <LocalTickets rows={rows} empty={allAnswered(queue) ? 'queue_empty' : 'queue_empty_not_synced'} />
          }
        />
      ) : null}
    </main>
  );
}

/** The open tickets this browser holds: what the popup can show while the API is away. */
function LocalTickets({ rows, empty }: { rows: { row: TicketRecord; sla: SlaStatus }[]; empty: string }) {
  return (
    <>
      {rows.length === 0 && (
        <p class="empty" data-testid="queue-empty">
          {t(empty)}
        </p>
      )}
      <ol class="tickets">
        {rows.map(({ row, sla }) => (
          <TicketRow key={row.id} row={row} sla={sla} />
        ))}
      </ol>
    </>
  );
}

function SyncLine({ error }: { error: SyncError | null }) {
  if (error === null || error.code === 'not_configured') return null;
  return (
    <p class="error" data-testid="sync-error" data-code={error.code}>
      {t(`queue_sync_${error.code}`)}
    </p>
  );
}

/** "Every message is answered" only when this browser knows it: synced, nothing waiting or refused. */
function allAnswered(queue: QueueView): boolean {
  return (
    queue.lastSyncAt !== null && queue.lastSyncError === null && queue.waiting === 0 && queue.parked === 0
  );
}

export function sortByUrgency(tickets: TicketRecord[], now: number): { row: TicketRecord; sla: SlaStatus }[] {
  const at = new Date(now);
  return tickets
    .map((row) => ({ row, sla: slaStatus(row.ticket.sla, at) }))
    .sort((a, b) => compareUrgency(a.sla, b.sla) || a.row.recordNumber.localeCompare(b.row.recordNumber));
}

function openDashboard(event: Event) {
  event.preventDefault();
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}

function openOptions(event: Event) {
  event.preventDefault();
  void browser.runtime.openOptionsPage();
}

/** The current time, once a second, so the clocks tick without asking anyone. */
function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
