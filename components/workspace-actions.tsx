// What an agent can do with the ticket: take it, give it on (with a note), wait for the guest,
// mark it resolved, close it, reopen it, escalate it. Every button is offered to everyone who
// could plausibly be allowed; the API decides, and its refusal is shown in words.
import { useState } from 'preact/hooks';
import type { WorkspaceAction } from '../shared/runtime-messages.ts';
import { ESCALATION_REASONS, type EscalationReason, type Role } from '../shared/taxonomy.ts';
import type { Ticket } from '../shared/ticket.ts';
import type { AgentSummary, CloseRequirement, RootCause } from '../shared/ticket-workflow.ts';
import { CloseForm, teamName } from './close-form.tsx';
import { t } from './i18n.ts';

const COORDINATING: ReadonlySet<Role> = new Set(['coordinator', 'supervisor']);

export interface ActionsProps {
  ticket: Ticket;
  me: { id: string; role: Role } | null;
  agents: AgentSummary[];
  rootCauses: RootCause[];
  closeMissing: CloseRequirement[];
  busy: boolean;
  onAction(action: WorkspaceAction): void;
}

type Open = 'assign' | 'close' | 'escalate' | null;

export function WorkspaceActions(props: ActionsProps) {
  const { ticket, me, busy, onAction } = props;
  const [open, setOpen] = useState<Open>(null);
  const toggle = (which: Open) => setOpen(open === which ? null : which);
  const status = ticket.status;
  const mine = me !== null && ticket.ownerAgentId === me.id;
  const button = (testId: string, label: string, run: () => void, pressed?: boolean) => (
    <button type="button" data-testid={testId} disabled={busy} aria-expanded={pressed} onClick={run}>
      {label}
    </button>
  );

  return (
    <div class="ws-actions" data-testid="ws-actions">
      <div class="buttons">
        {!mine && status !== 'closed'
          ? button('ws-claim', t('ws_claim'), () => onAction({ kind: 'claim' }))
          : null}
        {status !== 'closed'
          ? button('ws-assign', t('ws_assign'), () => toggle('assign'), open === 'assign')
          : null}
        {status === 'open'
          ? button('ws-wait', t('ws_wait_for_guest'), () =>
              onAction({ kind: 'status', status: 'pending_guest' }),
            )
          : null}
        {status === 'open' || status === 'pending_guest'
          ? button('ws-resolve', t('ws_resolve'), () => onAction({ kind: 'status', status: 'resolved' }))
          : null}
        {status !== 'closed'
          ? button('ws-close', t('ws_close'), () => toggle('close'), open === 'close')
          : null}
        {status === 'resolved' || status === 'closed' || status === 'pending_guest'
          ? button('ws-reopen', t('ws_reopen'), () => onAction({ kind: 'status', status: 'open' }))
          : null}
        {status !== 'closed'
          ? button('ws-escalate', t('ws_escalate'), () => toggle('escalate'), open === 'escalate')
          : null}
      </div>
      {open === 'assign' ? <AssignForm {...props} onDone={() => setOpen(null)} /> : null}
      {open === 'escalate' ? <EscalateForm {...props} /> : null}
      {open === 'close' ? (
        <CloseForm
          ticket={ticket}
          rootCauses={props.rootCauses}
          closeMissing={props.closeMissing}
          mayCloseWithReason={me !== null && COORDINATING.has(me.role)}
          busy={busy}
          onClose={onAction}
        />
      ) : null}
    </div>
  );
}

function AssignForm({ ticket, agents, busy, onAction, onDone }: ActionsProps & { onDone(): void }) {
  const [agentId, setAgentId] = useState(ticket.ownerAgentId ?? '');
  const [team, setTeam] = useState(ticket.team ?? '');
  const [note, setNote] = useState('');
  const teams = [
    ...new Set([...(ticket.team ? [ticket.team] : []), ...agents.flatMap((a) => a.teams.map((m) => m.team))]),
  ];
  const inTeam = team ? agents.filter((a) => a.teams.some((m) => m.team === team)) : agents;

  function submit(event: Event) {
    event.preventDefault();
    onAction({
      kind: 'assign',
      agentId: agentId || null,
      ...(team && team !== ticket.team ? { team } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    onDone();
  }

  return (
    <form data-testid="ws-assign-form" onSubmit={submit}>
      <label>
        {t('ws_team')}
        <select
          data-testid="ws-assign-team"
          value={team}
          onChange={(e) => setTeam((e.currentTarget as HTMLSelectElement).value)}
        >
          {teams.map((key) => (
            <option key={key} value={key}>
              {teamName(key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ws_owner')}
        <select
          data-testid="ws-assign-agent"
          value={agentId}
          onChange={(e) => setAgentId((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{t('ws_unassigned')}</option>
          {inTeam.map((agent) => (
            <option key={agent.id} value={agent.id}>
              {agent.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ws_handover_note')}
        <textarea
          data-testid="ws-assign-note"
          rows={2}
          value={note}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <button type="submit" data-testid="ws-assign-submit" disabled={busy}>
        {t('ws_assign')}
      </button>
    </form>
  );
}

function EscalateForm({ ticket, busy, onAction }: ActionsProps) {
  const [reasons, setReasons] = useState<EscalationReason[]>(ticket.escalation);
  const flip = (reason: EscalationReason) =>
    setReasons(reasons.includes(reason) ? reasons.filter((r) => r !== reason) : [...reasons, reason]);
  return (
    <form
      data-testid="ws-escalate-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (reasons.length > 0) onAction({ kind: 'escalate', reasons });
      }}
    >
      {ESCALATION_REASONS.map((reason) => (
        <label class="inline" key={reason}>
          <input
            type="checkbox"
            data-testid="ws-escalate-reason"
            value={reason}
            checked={reasons.includes(reason)}
            onChange={() => flip(reason)}
          />
          {t(`escalation_${reason}`)}
        </label>
      ))}
      <button type="submit" data-testid="ws-escalate-submit" disabled={busy || reasons.length === 0}>
        {t('ws_escalate')}
      </button>
    </form>
  );
}
