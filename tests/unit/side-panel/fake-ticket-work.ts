// What the fake API does with a workspace action: enough of issue 8's rules for the side panel's
// tests (claim takes the ticket, a close lacking parts is a 409 naming each and changes nothing,
// notes are kept); the real rules are proven by the server tests.
import type { TicketActionReply, WorkspaceAction } from '../../../shared/runtime-messages.ts';
import type { FakePageApi } from './fake-page-api.ts';

const at = '2026-11-20T10:05:00.000Z';

export function applyFakeAction(
  api: FakePageApi,
  recordNumber: string,
  action: WorkspaceAction,
): TicketActionReply {
  const ticket = api.tickets.get(recordNumber);
  if (!ticket) return { ok: true, state: 'refused', ticket: null, error: 'not found', missing: [] };
  const done = (change: Partial<typeof ticket>): TicketActionReply => {
    const changed = { ...ticket, ...change, changeSeq: String(Number(ticket.changeSeq) + 1) };
    api.tickets.set(recordNumber, changed);
    return { ok: true, state: 'done', ticket: changed, error: null, missing: [] };
  };
  switch (action.kind) {
    case 'claim':
      return done({ ownerAgentId: api.agentId, ownerName: 'Ayşe' });
    case 'status': {
      if (action.status === 'closed') {
        const lacks = (api.closeMissing.get(recordNumber) ?? []).filter(
          (part) => !(part === 'root_cause' && action.rootCause),
        );
        if (!action.rootCause && !lacks.includes('root_cause')) lacks.push('root_cause');
        if (lacks.length > 0) {
          return {
            ok: true,
            state: 'refused',
            ticket: null,
            error: 'close_requirements_missing',
            missing: lacks.map((part) => ({ part, message: `${part} is missing` })),
          };
        }
        return done({ status: 'closed', rootCause: action.rootCause ?? null, closedAt: at });
      }
      return done({ status: action.status });
    }
    case 'note': {
      const notes = api.notes.get(recordNumber) ?? [];
      notes.push({
        id: crypto.randomUUID(),
        agentId: api.agentId,
        agentName: 'Ayşe',
        text: action.text,
        createdAt: at,
      });
      api.notes.set(recordNumber, notes);
      return { ok: true, state: 'done', ticket: null, error: null, missing: [] };
    }
    case 'labels': {
      const { kind: _kind, complaint: _complaint, ...labels } = action;
      return done(labels);
    }
    case 'no_reply_needed': {
      const messages = (api.messages.get(recordNumber) ?? []).map((m) =>
        m.id === action.messageId
          ? { ...m, replyOwed: !!action.undo, noReplyNeededBy: action.undo ? null : api.agentId }
          : m,
      );
      api.messages.set(recordNumber, messages);
      return done({});
    }
    default:
      return done({});
  }
}
