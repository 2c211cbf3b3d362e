// The side panel, the agent's workspace beside the page. From the top: whether Konuk reads the
// open pages (its alarm is never pushed down by anything), what needs this agent now (one entry
// per ticket), the ticket of the conversation in the active tab with everything to work it, the
// work queues, logging a phone call, and any other ticket by its record number.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MeResponse } from '../shared/api-contract.ts';
import type { Role } from '../shared/taxonomy.ts';
import { GuestRecord } from './guest-record.tsx';
import { t } from './i18n.ts';
import { openConversation } from './open-conversation.ts';
import { createPageApi, type PageApi } from './page-api.ts';
import { PhoneCallForm } from './phone-call-form.tsx';
import { CaptureStatus } from './side-panel-capture.tsx';
import { Inbox } from './side-panel-inbox.tsx';
import { NotificationList } from './side-panel-notifications.tsx';
import { SIDE_PANEL_STYLE, WORKSPACE_STYLE } from './side-panel-style.ts';
import { TicketWorkspace } from './ticket-workspace.tsx';
import { useWatched } from './use-watched.ts';
import { useWorkspaceFocus } from './use-workspace-focus.ts';
import { WorkQueue } from './work-queue.tsx';

const RECENT_TICKETS = 12;
const EDITORS: ReadonlySet<Role> = new Set(['coordinator', 'supervisor']);

interface Selected {
  recordNumber: string;
  guestId?: string | null;
}

export function SidePanel({ api, now }: { api?: PageApi; now?: () => number }) {
  const pageApi = useMemo(() => api ?? createPageApi(), [api]);
  const clock = useTick(now ?? Date.now);
  const [me, setMe] = useState<MeResponse | null>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [typed, setTyped] = useState('');
  const recent = useWatched(pageApi.watchRecentTickets(RECENT_TICKETS), [pageApi]);
  useWorkspaceFocus(pageApi, (recordNumber) =>
    setSelected((held) => (held?.recordNumber === recordNumber ? held : { recordNumber })),
  );

  useEffect(() => {
    void pageApi.me().then((answer) => setMe(answer.ok ? answer.value : null));
  }, [pageApi]);

  async function selectTicket(ticketId: string) {
    const ticket = await pageApi.localTicket(ticketId);
    if (ticket) setSelected({ recordNumber: ticket.recordNumber, guestId: ticket.guestId });
  }

  function selectTyped(event: Event) {
    event.preventDefault();
    const recordNumber = typed.trim().toUpperCase();
    if (recordNumber) setSelected({ recordNumber });
  }

  const role = me?.agent.role ?? null;
  const canEdit = role !== null && EDITORS.has(role);
  const timeZone = me?.hotel.timeZone;
  return (
    <main class="konuk-panel">
      <style>{SIDE_PANEL_STYLE + WORKSPACE_STYLE}</style>
      <header>
        <h1>{t('panel_title')}</h1>
        {canEdit ? (
          <span>
            <button
              type="button"
              class="link"
              data-testid="open-dashboard"
              onClick={() => openPage('/dashboard.html')}
            >
              {t('panel_open_dashboard')}
            </button>
            <button
              type="button"
              class="link"
              data-testid="open-settings"
              onClick={() => openPage('/settings.html')}
            >
              {t('panel_open_settings')}
            </button>
          </span>
        ) : null}
      </header>
      <CaptureStatus api={pageApi} />
      <Inbox api={pageApi} timeZone={timeZone} onSelect={(recordNumber) => setSelected({ recordNumber })} />

      <h2>{t('ws_title')}</h2>
      {selected ? (
        <TicketWorkspace api={pageApi} recordNumber={selected.recordNumber} me={me} now={clock} />
      ) : (
        <p class="muted" data-testid="ws-none">
          {t('ws_none_active')}
        </p>
      )}

      <h2>{t('queue_title')}</h2>
      <WorkQueue
        api={pageApi}
        role={role}
        now={clock}
        onOpen={(ticket) => {
          setSelected({ recordNumber: ticket.recordNumber, guestId: ticket.guestId });
          if (ticket.conversationUrl !== null)
            void openConversation(ticket.conversationUrl).catch(() => undefined);
        }}
      />

      <PhoneCallForm api={pageApi} onLogged={(id) => void selectTicket(id)} />

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

      <details class="all-escalations">
        <summary>{t('notifications_title')}</summary>
        <NotificationList api={pageApi} onSelect={(recordNumber) => setSelected({ recordNumber })} />
      </details>
    </main>
  );
}

function openPage(path: '/dashboard.html' | '/settings.html') {
  void browser.tabs.create({ url: browser.runtime.getURL(path) });
}

/** The time, every second, so the clocks tick; read from `now` so tests pin it. */
function useTick(now: () => number): number {
  const [value, setValue] = useState(now());
  useEffect(() => {
    const timer = setInterval(() => setValue(now()), 1000);
    return () => clearInterval(timer);
  }, [now]);
  return value;
}
