// The settings page's reservation list upload (issue 9): a CSV from the property system, read in
// the page and sent to the API, which keeps the good rows and says which lines it could not use.
import { useState } from 'preact/hooks';
import type { ReservationImportResponse } from '../shared/reservation-contract.ts';
import { errorText } from './guest-record.tsx';
import { t } from './i18n.ts';
import type { PageApi } from './page-api.ts';

export function ReservationsSection({ api }: { api: PageApi }) {
  const [result, setResult] = useState<ReservationImportResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function upload(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    const answer = await api.importReservations(await file.text());
    setBusy(false);
    setResult(answer.ok ? answer.value : null);
    setError(answer.ok ? null : errorText(answer));
  }

  return (
    <section data-testid="settings-reservations">
      <p class="hint">{t('reservations_hint')}</p>
      <label>
        {t('reservations_upload')}
        <input
          type="file"
          accept=".csv,text/csv"
          data-testid="reservations-file"
          disabled={busy}
          onChange={(e) => void upload((e.currentTarget as HTMLInputElement).files?.[0])}
        />
      </label>
      {error ? (
        <p class="error" role="status" data-testid="reservations-error">
          {error}
        </p>
      ) : null}
      {result ? (
        <div role="status" data-testid="reservations-result">
          <p class="ok">{t('reservations_done', String(result.created), String(result.updated))}</p>
          {result.problems.length > 0 ? (
            <>
              <p class="error">{t('reservations_problems', String(result.problems.length))}</p>
              <ul data-testid="reservations-problems">
                {result.problems.map((problem) => (
                  <li key={problem.line} data-testid="reservations-problem">
                    {t('reservations_line', String(problem.line))} {problem.reasons.join('; ')}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
