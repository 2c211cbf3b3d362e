// The side panel: log a phone call, see the selected ticket's guest record (coordinators merge
// and unmerge there), the escalation notifications, and whether Konuk reads the open pages.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openKonukDb, type KonukDb } from '../background/db.ts';
import type { Role } from '../shared/taxonomy.ts';
import { GuestRecord } from './guest-record.tsx';
import { t } from './i18n.ts';
import { createPageApi, type PageApi } from './page-api.ts';
import { PhoneCallForm } from './phone-call-form.tsx';
import { CaptureStatus } from './side-panel-capture.tsx';
import { NotificationList } from './side-panel-notifications.tsx';
import { SIDE_PANEL_STYLE } from './side-panel-style.ts';
import { useLiveQuery } from './use-live-query.ts';

const RECENT_TICKETS = 12;
const EDITORS: ReadonlySet<Role> = new Set(['coordinator', 'supervisor']);

interface Selected {
  recordNumber: string;
  guestId?: string | null;
}

export function SidePanel({ db, api }: { db?: KonukDb; api?: PageApi }) {
  const database = useMemo(() => db ?? openKonukDb(), [db]);
  const pageApi = useMemo(() => api ?? createPageApi(database), [api, database]);
  const [role, setRole] = useState<Role | null>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [typed, setTyped] = useState('');
  const recent = useLiveQuery(
    async () =>
      (await database.tickets.toArray())
        .map((row) => row.ticket)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .slice(0, RECENT_TICKETS),
    [database],
  );

  useEffect(() => {
    void pageApi.me().then((me) => setRole(me.ok ? me.value.agent.role : null));
  }, [pageApi]);

  async function selectTicket(ticketId: string) {
    const row = await database.tickets.get(ticketId);
    if (row) setSelected({ recordNumber: row.recordNumber, guestId: row.ticket.guestId });
  }

  function selectTyped(event: Event) {
    event.preventDefault();
    const recordNumber = typed.trim().toUpperCase();
    if (recordNumber) setSelected({ recordNumber });
  }

  const canEdit = role !== null && EDITORS.has(role);
  return (
    <main class="konuk-panel">
      <style>{SIDE_PANEL_STYLE}</style>
      <header>
        <h1>{t('panel_title')}</h1>
        {canEdit ? (
          <button type="button" class="link" data-testid="open-dashboard" onClick={openDashboard}>
            {t('panel_open_dashboard')}
          </button>
        ) : null}
      </header>
      <PhoneCallForm api={pageApi} db={database} onLogged={(id) => void selectTicket(id)} />

      <h2>{t('panel_ticket_title')}</h2>
      <form class="pick" onSubmit={selectTyped}>
        <label>
          {t('panel_ticket_record')}
          <input
            data-testid="panel-record-number"
            value={typed}
            placeholder="K-1042"
            onInput={(event) => setTyped((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
      </form>
      <div class="tickets-picker">
        {(recent ?? []).map((ticket) => (
          <button
            key={ticket.id}
            type="button"
            data-testid="panel-ticket"
            aria-pressed={selected?.recordNumber === ticket.recordNumber}
            onClick={() => setSelected({ recordNumber: ticket.recordNumber, guestId: ticket.guestId })}
          >
            {ticket.recordNumber} · {ticket.guestName ?? t(`channel_${ticket.channel}`)}
          </button>
        ))}
      </div>
      {selected ? <GuestRecord api={pageApi} ticket={selected} canEdit={canEdit} /> : null}

      <NotificationList
        api={pageApi}
        db={database}
        onSelect={(recordNumber) => setSelected({ recordNumber })}
      />
      <CaptureStatus db={database} />
    </main>
  );
}

function openDashboard() {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}
