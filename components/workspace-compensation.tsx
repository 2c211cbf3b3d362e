// The ticket's compensation: amount and kind, and whether it may be offered. Above the agent's
// limit it waits for a supervisor, who approves or declines it here, before anyone offers it.
import { useState } from 'preact/hooks';
import type { WorkspaceAction } from '../shared/runtime-messages.ts';
import type { Role } from '../shared/taxonomy.ts';
import type { Ticket } from '../shared/ticket.ts';
import { CompensationKind } from '../shared/ticket-workflow.ts';
import { t } from './i18n.ts';
import { formatMoney } from './workspace-format.ts';

export function WorkspaceCompensation({
  ticket,
  role,
  busy,
  onAction,
}: {
  ticket: Ticket;
  role: Role | null;
  busy: boolean;
  onAction(action: WorkspaceAction): void;
}) {
  const [amount, setAmount] = useState('');
  const [kind, setKind] = useState<CompensationKind>('discount');
  const current = ticket.compensation ?? null;
  const value = Number(amount.replace(',', '.'));
  return (
    <section class="ws-compensation" data-testid="ws-compensation">
      <h3>{t('ws_compensation')}</h3>
      {current ? (
        <p data-testid="ws-compensation-state" data-status={current.status}>
          {formatMoney(current.amount, current.currency)} · {t(`compensation_${current.kind}`)} ·{' '}
          <strong>{t(`ws_compensation_${current.status}`)}</strong>
        </p>
      ) : null}
      {current?.status === 'pending_approval' && role === 'supervisor' ? (
        <div class="buttons">
          <button
            type="button"
            data-testid="ws-compensation-approve"
            disabled={busy}
            onClick={() => onAction({ kind: 'compensation_decision', approve: true })}
          >
            {t('ws_compensation_approve')}
          </button>
          <button
            type="button"
            data-testid="ws-compensation-decline"
            disabled={busy}
            onClick={() => onAction({ kind: 'compensation_decision', approve: false })}
          >
            {t('ws_compensation_decline')}
          </button>
        </div>
      ) : null}
      {ticket.status !== 'closed' ? (
        <details>
          <summary>{current ? t('ws_compensation_change') : t('ws_compensation_offer')}</summary>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (value > 0)
                onAction({
                  kind: 'compensation',
                  compensation: { amount: Math.round(value * 100) / 100, kind },
                });
            }}
          >
            <label>
              {t('ws_compensation_amount')}
              <input
                data-testid="ws-compensation-amount"
                inputMode="decimal"
                value={amount}
                onInput={(event) => setAmount((event.currentTarget as HTMLInputElement).value)}
              />
            </label>
            <label>
              {t('ws_compensation_kind')}
              <select
                data-testid="ws-compensation-kind"
                value={kind}
                onChange={(event) =>
                  setKind((event.currentTarget as HTMLSelectElement).value as CompensationKind)
                }
              >
                {CompensationKind.options.map((option) => (
                  <option key={option} value={option}>
                    {t(`compensation_${option}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" data-testid="ws-compensation-submit" disabled={busy || !(value > 0)}>
              {t('ws_compensation_record')}
            </button>
          </form>
        </details>
      ) : null}
    </section>
  );
}
