// Closing a ticket: a root cause from the hotel's list (department + cause), for complaints the
// incident, impact and expected fix, and for coordinators a reason to close without a closing
// message. What the API says a close still lacks is listed before the agent tries, and a 409's
// missing parts are listed after: every one of them, in words.
import { useState } from 'preact/hooks';
import type { MissingPart, WorkspaceAction } from '../shared/runtime-messages.ts';
import type { Ticket } from '../shared/ticket.ts';
import type { CloseReason, CloseRequirement, RootCause } from '../shared/ticket-workflow.ts';
import { t } from './i18n.ts';

const CLOSE_REASONS: CloseReason[] = ['duplicate', 'spam', 'guest_unreachable'];

export function CloseForm({
  ticket,
  rootCauses,
  closeMissing,
  mayCloseWithReason,
  busy,
  onClose,
}: {
  ticket: Ticket;
  rootCauses: RootCause[];
  closeMissing: CloseRequirement[];
  mayCloseWithReason: boolean;
  busy: boolean;
  onClose(action: Extract<WorkspaceAction, { kind: 'status' }>): void;
}) {
  const [rootCause, setRootCause] = useState(ticket.rootCause ?? '');
  const [reason, setReason] = useState<CloseReason | ''>('');
  const [incident, setIncident] = useState(ticket.complaint?.incident ?? '');
  const [impact, setImpact] = useState(ticket.complaint?.impact ?? '');
  const [expectedFix, setExpectedFix] = useState(ticket.complaint?.expectedFix ?? '');
  const complaint = ticket.topic === 'complaint';
  const active = rootCauses.filter((cause) => cause.active);

  function submit(event: Event) {
    event.preventDefault();
    const parts = { incident: incident.trim(), impact: impact.trim(), expectedFix: expectedFix.trim() };
    const written = Object.fromEntries(Object.entries(parts).filter(([, value]) => value !== ''));
    onClose({
      kind: 'status',
      status: 'closed',
      ...(rootCause ? { rootCause } : {}),
      ...(reason ? { closeReason: reason } : {}),
      ...(complaint && Object.keys(written).length > 0 ? { complaint: written } : {}),
    });
  }

  const field = (value: string, set: (v: string) => void, key: string) => (
    <label>
      {t(`ws_close_${key}`)}
      <textarea
        data-testid={`ws-close-${key}`}
        rows={2}
        value={value}
        onInput={(event) => set((event.currentTarget as HTMLTextAreaElement).value)}
      />
    </label>
  );

  return (
    <form class="close-form" data-testid="ws-close-form" onSubmit={submit}>
      {closeMissing.length > 0 ? (
        <p class="hint" data-testid="ws-close-lacks">
          {t('ws_close_lacks', closeMissing.map((part) => missingText(part)).join(', '))}
        </p>
      ) : null}
      <label>
        {t('ws_root_cause')}
        <select
          data-testid="ws-root-cause"
          value={rootCause}
          onChange={(event) => setRootCause((event.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{t('ws_root_cause_pick')}</option>
          {active.map((cause) => (
            <option key={cause.id} value={cause.id}>
              {teamName(cause.department)} · {cause.cause}
            </option>
          ))}
        </select>
      </label>
      {complaint ? (
        <>
          {field(incident, setIncident, 'incident')}
          {field(impact, setImpact, 'impact')}
          {field(expectedFix, setExpectedFix, 'expected_fix')}
        </>
      ) : null}
      {mayCloseWithReason ? (
        <label>
          {t('ws_close_reason')}
          <select
            data-testid="ws-close-reason"
            value={reason}
            onChange={(event) => setReason((event.currentTarget as HTMLSelectElement).value as CloseReason)}
          >
            <option value="">{t('ws_close_reason_none')}</option>
            {CLOSE_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`ws_close_reason_${r}`)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <button type="submit" data-testid="ws-close-submit" disabled={busy}>
        {t('ws_close')}
      </button>
    </form>
  );
}

/** A 409's missing parts, each in words; a part this release does not know keeps the API's text. */
export function MissingParts({ missing }: { missing: MissingPart[] }) {
  if (missing.length === 0) return null;
  return (
    <div class="error" role="alert" data-testid="ws-missing">
      <p>{t('ws_missing_title')}</p>
      <ul>
        {missing.map((part) => (
          <li key={part.part} data-testid="ws-missing-part" data-part={part.part}>
            {missingText(part.part, part.message)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function missingText(part: string, fallback = part): string {
  const key = `ws_missing_${part}`;
  const text = t(key);
  return text === key ? fallback : text;
}

/** A team's name: the seven departments are translated, a hotel's own team shows its key. */
export function teamName(key: string): string {
  const text = t(`team_${key}`);
  return text === `team_${key}` ? key : text;
}
