// The settings page's webhooks section (issue 9): register a URL for some events (the signing
// secret is shown once, right after), pause, resume or remove it, and read its delivery log.
import { useEffect, useState } from 'preact/hooks';
import {
  WEBHOOK_EVENTS,
  type WebhookDelivery,
  type WebhookEventType,
  type WebhookInfo,
} from '../shared/webhook-contract.ts';
import { errorText } from './guest-record.tsx';
import { t } from './i18n.ts';
import type { ApiResult, PageApi } from './page-api.ts';
import { formatAt } from './workspace-format.ts';

type Line = { tone: 'ok' | 'error'; text: string };

export function WebhooksSection({ api, timeZone }: { api: PageApi; timeZone: string | undefined }) {
  const [webhooks, setWebhooks] = useState<WebhookInfo[]>([]);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>([...WEBHOOK_EVENTS]);
  const [secret, setSecret] = useState<string | null>(null);
  const [log, setLog] = useState<{ id: string; deliveries: WebhookDelivery[] } | null>(null);
  const [line, setLine] = useState<Line | null>(null);
  const [busy, setBusy] = useState(false);

  async function load() {
    const answer = await api.webhooks();
    if (answer.ok) setWebhooks(answer.value.webhooks);
  }
  useEffect(() => void load(), [api]);

  async function run<T>(work: () => Promise<ApiResult<T>>, then?: (value: T) => void) {
    setBusy(true);
    const answer = await work();
    setBusy(false);
    setLine(
      answer.ok ? { tone: 'ok', text: t('settings_saved') } : { tone: 'error', text: errorText(answer) },
    );
    if (!answer.ok) return;
    then?.(answer.value);
    await load();
  }

  function add(event: Event) {
    event.preventDefault();
    void run(
      () => api.createWebhook({ url: url.trim(), events }),
      (created) => {
        setSecret(created.secret);
        setUrl('');
      },
    );
  }

  async function showLog(id: string) {
    if (log?.id === id) return setLog(null);
    const answer = await api.webhookDeliveries(id);
    if (answer.ok) setLog({ id, deliveries: answer.value.deliveries });
    else setLine({ tone: 'error', text: errorText(answer) });
  }

  const toggle = (event: WebhookEventType) =>
    setEvents(events.includes(event) ? events.filter((e) => e !== event) : [...events, event]);

  return (
    <section data-testid="settings-webhooks">
      <p class="hint">{t('webhooks_hint')}</p>
      {line ? (
        <p class={line.tone} role="status" data-testid="webhooks-line">
          {line.text}
        </p>
      ) : null}
      {secret ? (
        <p class="ok" data-testid="webhook-secret">
          {t('webhooks_secret_once')} <code>{secret}</code>
        </p>
      ) : null}
      <ul>
        {webhooks.map((hook) => (
          <li key={hook.id} data-testid="webhook">
            <code>{hook.url}</code> · {hook.events.join(', ')} ·{' '}
            {hook.active ? t('webhooks_active') : t('webhooks_paused')} ·{' '}
            {t('webhooks_counts', String(hook.pending), String(hook.failed))}
            <span class="buttons">
              <button
                type="button"
                data-testid="webhook-toggle"
                disabled={busy}
                onClick={() => void run(() => api.updateWebhook(hook.id, { active: !hook.active }))}
              >
                {hook.active ? t('webhooks_pause') : t('webhooks_resume')}
              </button>
              <button type="button" data-testid="webhook-log" onClick={() => void showLog(hook.id)}>
                {t('webhooks_deliveries')}
              </button>
              <button
                type="button"
                data-testid="webhook-remove"
                disabled={busy}
                onClick={() => void run(() => api.deleteWebhook(hook.id))}
              >
                {t('webhooks_remove')}
              </button>
            </span>
            {log?.id === hook.id ? <DeliveryLog deliveries={log.deliveries} timeZone={timeZone} /> : null}
          </li>
        ))}
      </ul>
      <form data-testid="webhook-form" onSubmit={add}>
        <label>
          {t('webhooks_url')}
          <input
            data-testid="webhook-url"
            type="url"
            required
            placeholder="https://"
            value={url}
            onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <fieldset>
          <legend>{t('webhooks_events')}</legend>
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event}>
              <input
                type="checkbox"
                data-testid={`webhook-event-${event}`}
                checked={events.includes(event)}
                onChange={() => toggle(event)}
              />{' '}
              <code>{event}</code>
            </label>
          ))}
        </fieldset>
        <button type="submit" data-testid="webhook-add" disabled={busy || events.length === 0}>
          {t('webhooks_add')}
        </button>
      </form>
    </section>
  );
}

function DeliveryLog({
  deliveries,
  timeZone,
}: {
  deliveries: WebhookDelivery[];
  timeZone: string | undefined;
}) {
  if (deliveries.length === 0) return <p class="muted">{t('webhooks_no_deliveries')}</p>;
  return (
    <table data-testid="webhook-deliveries">
      <thead>
        <tr>
          <th>{t('webhooks_when')}</th>
          <th>{t('webhooks_event')}</th>
          <th>{t('webhooks_status')}</th>
          <th>{t('webhooks_attempts')}</th>
          <th>{t('webhooks_last_error')}</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((delivery) => (
          <tr key={delivery.id} data-testid="webhook-delivery" data-status={delivery.status}>
            <td>{formatAt(delivery.createdAt, timeZone)}</td>
            <td>
              <code>{delivery.event}</code>
            </td>
            <td>
              {t(`webhooks_status_${delivery.status}`)}
              {delivery.lastStatusCode === null ? '' : ` (HTTP ${delivery.lastStatusCode})`}
            </td>
            <td>{delivery.attempts}</td>
            <td>{delivery.lastError ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
