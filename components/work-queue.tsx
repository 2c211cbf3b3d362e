// The work queues (mine, my team, unassigned, and all for coordinators), as the API orders them:
// breached first, then due soon. Shared by the popup and the side panel; clicking a ticket opens
// its conversation and the ticket beside it. While the API cannot be asked, `offline` shows what
// this browser holds instead, and says so.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { compareUrgency, slaStatus } from '../shared/sla-clock.ts';
import type { Role } from '../shared/taxonomy.ts';
import type { Ticket } from '../shared/ticket.ts';
import type { QueueName } from '../shared/ticket-workflow.ts';
import { t } from './i18n.ts';
import type { PageApi, PageApiError } from './page-api.ts';
import { slaLabel } from './ticket-row.tsx';
import { platformRisk } from '../shared/platform-clocks.ts';
import { platformText } from './sla-badge.tsx';
import { ThankYouQueue } from './thank-you-queue.tsx';

const REFRESH_MS = 15_000;
const COORDINATING: ReadonlySet<Role> = new Set(['coordinator', 'supervisor']);
/** The post-stay tab (issue 9): stays, not tickets, so it lists them its own way. */
const THANK_YOU = 'thank_you' as const;

export function WorkQueue({
  api,
  role,
  now,
  onOpen,
  onClaim,
  offline,
}: {
  api: PageApi;
  role: Role | null;
  now: number;
  onOpen(ticket: Ticket): void;
  /** Offered on tickets nobody owns: the popup takes one without opening the panel first. */
  onClaim?(ticket: Ticket): Promise<unknown>;
  offline?: ComponentChildren;
}) {
  const [queue, setQueue] = useState<QueueName | typeof THANK_YOU>('mine');
  const [tickets, setTickets] = useState<Ticket[] | null>(null);
  const [error, setError] = useState<PageApiError | null>(null);
  const names: QueueName[] = [
    'mine',
    'team',
    'unassigned',
    ...(role && COORDINATING.has(role) ? ['all' as const] : []),
  ];

  const [reload, setReload] = useState(0);
  // Until the agent picks a tab, an empty queue gives way to the next one (mine, my team,
  // unassigned), so work that waits is what the popup shows first, never "nothing to do".
  const [picked, setPicked] = useState(false);
  useEffect(() => {
    // The thank-you tab loads its own list (thank-you-queue.tsx).
    if (queue === THANK_YOU) return;
    const name = queue;
    let current = true;
    async function load() {
      const answer = await api.queue(name);
      if (!current) return;
      const next = names[names.indexOf(name) + 1];
      if (answer.ok && answer.value.tickets.length === 0 && !picked && next && next !== 'all') {
        setQueue(next);
        return;
      }
      if (answer.ok) {
        setTickets(answer.value.tickets);
        setError(null);
      } else setError(answer.error);
    }
    setTickets(null);
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [api, queue, reload]);

  // The API's order at the time of asking; the clocks tick since, so it is kept current here.
  const rows = useMemo(() => {
    const at = new Date(now);
    return (tickets ?? [])
      .map((ticket) => ({ ticket, sla: slaStatus(ticket.sla, at), platform: platformRisk(ticket, at) }))
      .sort((a, b) => compareUrgency(a.sla, b.sla));
  }, [tickets, now]);

  return (
    <section class="work-queue" data-testid="work-queue" data-queue={queue}>
      <div class="queue-tabs" role="tablist">
        {[...names, THANK_YOU].map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            data-testid={`queue-tab-${name}`}
            aria-selected={queue === name}
            onClick={() => {
              setPicked(true);
              setQueue(name);
            }}
          >
            {t(`queue_tab_${name}`)}
          </button>
        ))}
      </div>
      {queue === THANK_YOU ? <ThankYouQueue api={api} /> : null}
      {error !== null && queue !== THANK_YOU ? (
        <>
          <p class="error" data-testid="queue-error" data-code={error}>
            {error === 'unreachable' || error === 'server_error' ? t('queue_offline') : t(`error_${error}`)}
          </p>
          {error === 'unreachable' || error === 'server_error' || error === 'not_configured' ? offline : null}
        </>
      ) : null}
      {queue !== THANK_YOU && tickets !== null && rows.length === 0 ? (
        <p class="empty" data-testid="queue-tab-empty">
          {t(`queue_tab_empty_${queue}`)}
        </p>
      ) : null}
      <ol class="tickets">
        {(queue === THANK_YOU ? [] : rows).map(({ ticket, sla, platform }) => (
          <li key={ticket.id}>
            <button
              type="button"
              class={`ticket sla-${sla.state}`}
              data-testid="queue-row"
              data-record-number={ticket.recordNumber}
              data-sla-state={sla.state}
              onClick={() => onOpen(ticket)}
            >
              <span class="record">{ticket.recordNumber}</span>
              <span class="channel">{t(`channel_${ticket.channel}`)}</span>
              <span class="who">
                {ticket.guestName ??
                  ticket.conversationTitle ??
                  ticket.guestHandle ??
                  t('queue_unknown_guest')}
              </span>
              <span class="owner">{ticket.ownerName ?? t('ws_unassigned')}</span>
              <span class="sla">
                {ticket.status === 'open' ? slaLabel(sla) : t(`status_${ticket.status}`)}
              </span>
              {platform && platform.state !== 'on_track' ? (
                // Before the platform's own deadline (Booking.com Reply Score, Airbnb, Meta's window).
                <span class={`platform ${platform.state}`} data-testid="queue-platform-clock">
                  {platformText(platform, t)}
                </span>
              ) : null}
            </button>
            {onClaim && ticket.ownerAgentId === null ? (
              <button
                type="button"
                class="claim"
                data-testid="queue-claim"
                data-record-number={ticket.recordNumber}
                onClick={() => void onClaim(ticket).then(() => setReload((n) => n + 1))}
              >
                {t('ws_claim')}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
