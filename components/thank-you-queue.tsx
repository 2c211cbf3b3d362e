// The work queue's "Thank-you due" tab (issue 9): guests who checked out 24 to 48 hours ago, each
// with the channel to write on and the post-stay template filled in their language. The agent
// opens the conversation (the suggestion panel offers the same template first there) or, having
// sent it another way, marks it sent; either way Konuk records it and the guest's 1-5 answer
// lands on their ticket.
import { useEffect, useState } from 'preact/hooks';
import type { ThankYouDueItem } from '../shared/reservation-contract.ts';
import { errorText } from './guest-record.tsx';
import { t } from './i18n.ts';
import { openConversation } from './open-conversation.ts';
import type { ApiResult, PageApi } from './page-api.ts';
import { readerLocale } from './reader-locale.ts';

function formatDay(isoDate: string): string {
  return new Intl.DateTimeFormat(readerLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

export function ThankYouQueue({ api }: { api: PageApi }) {
  const [items, setItems] = useState<ThankYouDueItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function load() {
    const answer = await api.thankYouDue();
    if (answer.ok) {
      setItems(answer.value.items);
      setError(null);
    } else setError(errorText(answer));
  }
  useEffect(() => void load(), [api]);

  async function markSent(item: ThankYouDueItem) {
    const answer: ApiResult<unknown> = await api.markThankYouSent(item.stayKey);
    if (answer.ok) await load();
    else setError(errorText(answer));
  }

  return (
    <div data-testid="thank-you-queue">
      {error ? (
        <p class="error" data-testid="thank-you-error">
          {error}
        </p>
      ) : null}
      {items !== null && items.length === 0 ? (
        <p class="empty" data-testid="queue-tab-empty">
          {t('thank_you_empty')}
        </p>
      ) : null}
      <ol class="tickets">
        {(items ?? []).map((item) => (
          <li key={item.stayKey} data-testid="thank-you-row" data-stay-key={item.stayKey}>
            <span class="who">{item.guestName ?? t('queue_unknown_guest')}</span>{' '}
            <span class="meta">
              {t('thank_you_checked_out', formatDay(item.checkOut))} ·{' '}
              {item.channel ? t(`channel_${item.channel}`) : t('thank_you_no_channel')}
              {item.contact ? ` · ${item.contact}` : ''}
              {item.recordNumber ? ` · ${item.recordNumber}` : ''}
            </span>
            {item.template ? (
              <details>
                <summary>{t('thank_you_message', item.template.language.toUpperCase())}</summary>
                <p class="thank-you-text" data-testid="thank-you-text">
                  {item.template.text}
                </p>
              </details>
            ) : null}
            <span class="buttons">
              {item.conversationUrl ? (
                <button
                  type="button"
                  data-testid="thank-you-open"
                  onClick={() => void openConversation(item.conversationUrl!)}
                >
                  {t('thank_you_open')}
                </button>
              ) : null}
              <button type="button" data-testid="thank-you-sent" onClick={() => void markSent(item)}>
                {t('thank_you_mark_sent')}
              </button>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
