// The agent's workspace: the ticket beside the conversation. Record number, guest, owner and
// team, the clocks, the actions, labels with their cues, the messages, compensation, internal
// notes and history. Actions go through the background (queued while the API is away, and said
// so); what the API answers is shown as it is, a refused close with every missing part.
import { useEffect, useState } from 'preact/hooks';
import type { MeResponse, TicketDetailResponse } from '../shared/api-contract.ts';
import type { MissingPart, QueuedTicketAction, WorkspaceAction } from '../shared/runtime-messages.ts';
import type { AgentSummary, RootCause } from '../shared/ticket-workflow.ts';
import { MissingParts, teamName } from './close-form.tsx';
import { t } from './i18n.ts';
import type { PageApi } from './page-api.ts';
import { SlaClockList } from './sla-clocks.tsx';
import { WorkspaceActions } from './workspace-actions.tsx';
import { WorkspaceCompensation } from './workspace-compensation.tsx';
import { WorkspaceLabels } from './workspace-labels.tsx';
import { WorkspaceMessages } from './workspace-messages.tsx';
import { WorkspaceHistory, WorkspaceNotes } from './workspace-notes.tsx';

type Line = { tone: 'ok' | 'error' | 'pending'; text: string };

export interface WorkspaceProps {
  api: PageApi;
  recordNumber: string;
  me: MeResponse | null;
  now: number;
}

export function TicketWorkspace({ api, recordNumber, me, now }: WorkspaceProps) {
  const [detail, setDetail] = useState<TicketDetailResponse | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [line, setLine] = useState<Line | null>(null);
  const [missing, setMissing] = useState<MissingPart[]>([]);
  const [queued, setQueued] = useState<QueuedTicketAction[]>([]);
  const [agents, setAgents] = useState<AgentSummary[]>([]);
  const [rootCauses, setRootCauses] = useState<RootCause[]>([]);
  const [busy, setBusy] = useState(false);

  async function load() {
    const [answer, waiting] = await Promise.all([api.ticket(recordNumber), api.queuedActions(recordNumber)]);
    setQueued(waiting);
    if (answer.ok) {
      setDetail(answer.value);
      setLoadError(null);
    } else setLoadError(t(`error_${answer.error}`));
  }

  useEffect(() => {
    setDetail(null);
    setLine(null);
    setMissing([]);
    void load();
  }, [api, recordNumber]);

  useEffect(() => {
    void api.agents().then((answer) => answer.ok && setAgents(answer.value.agents));
    void api.rootCauses().then((answer) => answer.ok && setRootCauses(answer.value.rootCauses));
  }, [api]);

  async function run(action: WorkspaceAction) {
    setBusy(true);
    setMissing([]);
    const reply = await api.act(recordNumber, action);
    setBusy(false);
    if (!reply.ok) {
      setLine({ tone: 'error', text: t('ws_action_failed', reply.error) });
    } else if (reply.state === 'done') {
      setLine({ tone: 'ok', text: t(`ws_done_${action.kind}`) });
    } else if (reply.state === 'queued') {
      setLine({ tone: 'pending', text: t('ws_queued') });
    } else {
      setLine({ tone: 'error', text: t('ws_refused', reply.error ?? '') });
      setMissing(reply.missing);
    }
    await load();
  }

  if (!detail) {
    return (
      <section class="workspace" data-testid="workspace" data-record-number={recordNumber}>
        <p class={loadError ? 'error' : 'muted'} data-testid="ws-loading">
          {loadError ?? t('panel_loading')}
        </p>
      </section>
    );
  }
  const { ticket } = detail;
  const timeZone = me?.hotel.timeZone;
  const who = ticket.guestName ?? ticket.conversationTitle ?? ticket.guestHandle ?? t('queue_unknown_guest');
  const waiting = queued.filter((a) => a.refused === null);
  const refusedLater = queued.filter((a) => a.refused !== null);

  return (
    <section
      class="workspace"
      data-testid="workspace"
      data-record-number={ticket.recordNumber}
      data-status={ticket.status}
    >
      <header class="ws-head">
        <span class="record" data-testid="ws-record-number">
          {ticket.recordNumber}
        </span>
        <span class={`status status-${ticket.status}`} data-testid="ws-status">
          {t(`status_${ticket.status}`)}
        </span>
        <span class="meta">
          {t(`channel_${ticket.channel}`)} · <span data-testid="ws-guest">{who}</span>
          {ticket.reopenCount ? ` · ${t('ws_reopened', String(ticket.reopenCount))}` : ''}
        </span>
      </header>
      <p class="ws-owner" data-testid="ws-owner" data-owner={ticket.ownerAgentId ?? ''}>
        {t('ws_owner')}: <strong>{ticket.ownerName ?? t('ws_unassigned')}</strong> · {t('ws_team')}:{' '}
        <strong data-testid="ws-team">{ticket.team ? teamName(ticket.team) : '—'}</strong>
      </p>
      <SlaClockList ticket={ticket} now={now} />
      <WorkspaceActions
        ticket={ticket}
        me={me ? me.agent : null}
        agents={agents}
        rootCauses={rootCauses}
        closeMissing={detail.closeMissing ?? []}
        busy={busy}
        onAction={(action) => void run(action)}
      />
      {line ? (
        <p class={line.tone} role="status" data-testid="ws-line" data-tone={line.tone}>
          {line.text}
        </p>
      ) : null}
      <MissingParts missing={missing} />
      {waiting.length > 0 ? (
        <p class="pending" data-testid="ws-queued" data-count={waiting.length}>
          {t('ws_queued_count', String(waiting.length))}
        </p>
      ) : null}
      {refusedLater.map((action) => (
        <div key={action.actionId} class="error" data-testid="ws-refused-later">
          {t('ws_refused_later', t(`ws_action_${action.action.kind}`), action.refused ?? '')}
          <MissingParts missing={action.missing} />
        </div>
      ))}
      <WorkspaceLabels ticket={ticket} messages={detail.messages} busy={busy} onAction={(a) => void run(a)} />
      <WorkspaceMessages
        messages={detail.messages}
        timeZone={timeZone}
        busy={busy}
        onAction={(a) => void run(a)}
      />
      <WorkspaceCompensation
        ticket={ticket}
        role={me?.agent.role ?? null}
        busy={busy}
        onAction={(a) => void run(a)}
      />
      <WorkspaceNotes
        notes={detail.notes ?? []}
        timeZone={timeZone}
        busy={busy}
        onAction={(a) => void run(a)}
      />
      <WorkspaceHistory entries={detail.history ?? []} timeZone={timeZone} />
    </section>
  );
}
