// Escalations for supervisors and team leads (GET /v1/notifications, pulled by the background):
// a ticket gained an escalation reason, or stayed unanswered long enough to reach a tier. The
// ones addressed to this agent's role come first and are marked.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Notification } from '../shared/api-contract.ts';
import { t } from './i18n.ts';
import type { PageApi } from './page-api.ts';
import { useWatched } from './use-watched.ts';
import { formatDateTime } from './locale-format.ts';
import { readerLocale } from './reader-locale.ts';

export function NotificationList({ api, onSelect }: { api: PageApi; onSelect?(recordNumber: string): void }) {
  const stored = useWatched(api.watchNotifications, [api]);
  const [onlyMine, setOnlyMine] = useState(false);

  useEffect(() => {
    void api.refreshNotifications();
  }, [api]);

  const shown = useMemo(
    () =>
      (stored ?? [])
        .filter((n) => !onlyMine || n.forYou)
        .sort((a, b) => Number(b.forYou) - Number(a.forYou) || b.at.localeCompare(a.at)),
    [stored, onlyMine],
  );

  return (
    <section class="notifications" data-testid="notifications">
      <h2>{t('notifications_title')}</h2>
      <label class="inline">
        <input
          type="checkbox"
          data-testid="notifications-only-mine"
          checked={onlyMine}
          onChange={(event) => setOnlyMine((event.currentTarget as HTMLInputElement).checked)}
        />
        {t('notifications_only_mine')}
      </label>
      {stored && shown.length === 0 ? (
        <p class="muted" data-testid="notifications-empty">
          {t('notifications_empty')}
        </p>
      ) : null}
      <ol class="notification-list">
        {shown.map((n) => (
          <li key={n.id} class={n.forYou ? 'for-you' : ''} data-testid="notification" data-kind={n.kind}>
            <button type="button" class="link record" onClick={() => onSelect?.(n.recordNumber)}>
              {n.recordNumber}
            </button>{' '}
            <span class="what">{describe(n)}</span>
            <span class="meta">
              {t(`notify_${n.notify}`)} · {formatDateTime(n.at, readerLocale())}
              {n.forYou ? <strong class="tag"> · {t('notifications_for_you')}</strong> : null}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function describe(n: Notification): string {
  if (n.kind === 'unanswered') return t('notification_unanswered', String(n.level));
  const reasons = n.reasons.map((reason) => t(`escalation_${reason}`)).join(', ');
  return t('notification_escalation', reasons);
}
