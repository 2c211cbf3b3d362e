// The tickets behind a figure (GET /v1/reports/tickets): a coordinator clicks a number and reads
// which tickets make it; each opens its conversation and the workspace beside it.
import { useMemo } from 'preact/hooks';
import type { DrillTicket } from '../shared/report-loop-contract.ts';
import { CsvButton, DataTable, Loaded, useReport, type Drill } from './dashboard-kit.tsx';
import { formatCount, formatMoment } from './dashboard-format.ts';
import { t } from './i18n.ts';
import { currentWindowId, openTicketBeside } from './open-conversation.ts';
import type { PageApi } from './page-api.ts';

export function DrillDownPanel({
  api,
  drill,
  timeZone,
  onClose,
}: {
  api: PageApi;
  drill: Drill;
  timeZone: string;
  onClose(): void;
}) {
  const query = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(drill.query).flatMap(([key, value]) =>
          value === undefined ? [] : [[key, String(value)]],
        ),
      ),
    [drill],
  );
  const load = useReport(api, 'tickets', query);
  async function openTicket(ticket: DrillTicket) {
    await openTicketBeside(ticket, await currentWindowId(), Date.now());
  }
  return (
    <section class="drill-down" data-testid="drill-down" aria-labelledby="drill-title">
      <div class="table-heading">
        <h2 id="drill-title">{t('dash_drill_heading', drill.title)}</h2>
        <CsvButton
          api={api}
          name="tickets"
          query={query}
          table="tickets"
          file={`konuk-tickets-${drill.query.figure}-${drill.query.from}-${drill.query.to}`}
        />
        <button type="button" data-testid="drill-close" onClick={onClose}>
          {t('dash_drill_close')}
        </button>
      </div>
      <Loaded load={load}>
        {(list) => (
          <>
            <p data-testid="drill-total">
              {list.total > list.tickets.length
                ? t('dash_drill_some', formatCount(list.tickets.length), formatCount(list.total))
                : t('dash_drill_all', formatCount(list.total))}
            </p>
            <DataTable
              testId="drill-ticket"
              rows={list.tickets}
              rowKey={(ticket) => ticket.recordNumber}
              empty={t('dash_drill_none')}
              columns={[
                {
                  label: t('dash_record'),
                  name: 'record',
                  cell: (ticket) => (
                    <button
                      type="button"
                      class="drill"
                      data-testid="drill-open"
                      data-record-number={ticket.recordNumber}
                      onClick={() => void openTicket(ticket)}
                    >
                      {ticket.recordNumber}
                    </button>
                  ),
                },
                { label: t('dash_channel'), cell: (ticket) => t(`channel_${ticket.channel}`) },
                {
                  label: t('dash_topic'),
                  cell: (ticket) => (ticket.topic ? t(`topic_${ticket.topic}`) : '—'),
                },
                { label: t('dash_status'), cell: (ticket) => t(`status_${ticket.status}`) },
                { label: t('dash_guest'), cell: (ticket) => ticket.guestName ?? '—' },
                { label: t('dash_owner'), cell: (ticket) => ticket.ownerName ?? '—' },
                {
                  label: t('dash_first_message'),
                  cell: (ticket) => formatMoment(ticket.firstInboundAt, undefined, timeZone),
                },
              ]}
            />
          </>
        )}
      </Loaded>
    </section>
  );
}
