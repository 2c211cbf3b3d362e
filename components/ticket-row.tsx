// One ticket in the popup's queue: record number, channel, who it is, and its SLA clock.
import type { TicketRow as TicketRecord } from '../background/db.ts';
import type { SlaStatus } from '../shared/sla-clock.ts';
import { t } from './i18n.ts';
import { formatDuration } from './locale-format.ts';
import { readerLocale } from './reader-locale.ts';
import { openConversation, parseWebUrl } from './open-conversation.ts';

export function slaLabel(status: SlaStatus): string {
  const time = formatDuration(status.remainingMs, readerLocale());
  switch (status.state) {
    case 'on_track':
      return t('badge_on_track', time);
    case 'due_soon':
      return t('badge_due_soon', time);
    case 'breached':
      return t('badge_breached', time);
    case 'met':
      return t('badge_met');
    case 'paused':
      return t('badge_paused');
  }
}

export function TicketRow({ row, sla }: { row: TicketRecord; sla: SlaStatus }) {
  const { ticket } = row;
  const who = ticket.guestName ?? ticket.conversationTitle ?? ticket.guestHandle ?? t('queue_unknown_guest');
  const url =
    ticket.conversationUrl !== null && parseWebUrl(ticket.conversationUrl) ? ticket.conversationUrl : null;
  return (
    <li>
      <button
        type="button"
        class={`ticket sla-${sla.state}`}
        data-testid="ticket-row"
        data-record-number={ticket.recordNumber}
        data-sla-state={sla.state}
        disabled={url === null}
        onClick={() => url !== null && void openConversation(url).catch(reportOpenFailure)}
      >
        <span class="record">{ticket.recordNumber}</span>
        <span class="channel">{t(`channel_${ticket.channel}`)}</span>
        <span class="who">{who}</span>
        <span class="sla" data-testid="ticket-sla">
          {ticket.status === 'pending_guest' ? t('status_pending_guest') : slaLabel(sla)}
        </span>
      </button>
    </li>
  );
}

function reportOpenFailure(error: unknown) {
  // The tab closed between the query and the update, typically; the next click works.
  console.error(
    'Konuk could not open the conversation',
    error instanceof Error ? error.name : 'unknown error',
  );
}
