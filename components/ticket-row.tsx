// One ticket in the popup's queue: record number, channel, who it is, and its SLA clock.
import type { TicketRow as TicketRecord } from './page-store.ts';
import type { SlaStatus } from '../shared/sla-clock.ts';
import { t } from './i18n.ts';
import { formatDuration } from './locale-format.ts';
import { readerLocale } from './reader-locale.ts';
import { openConversation, parseWebUrl } from './open-conversation.ts';
import { platformRisk, type PlatformClocks } from '../shared/platform-clocks.ts';
import { platformText } from './sla-badge.tsx';

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

/**
 * `now` and `clocks` (the hotel's platform clocks, defaults when absent): given `now`, the row
 * also warns before the platform's own deadline (Booking.com, Airbnb, Meta's window).
 */
export function TicketRow({
  row,
  sla,
  now,
  clocks,
}: {
  row: TicketRecord;
  sla: SlaStatus;
  now?: number;
  clocks?: PlatformClocks;
}) {
  const { ticket } = row;
  const platform = now === undefined ? null : platformRisk(ticket, new Date(now), clocks);
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
        {platform && platform.state !== 'on_track' ? (
          <span class={`platform ${platform.state}`} data-testid="ticket-platform-clock">
            {platformText(platform, t)}
          </span>
        ) : null}
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
