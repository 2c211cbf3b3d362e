// Where each workspace action goes in the API (README "Working a ticket"). One place, so the
// extension and the API meet on one table and a changed route is one edit.
import { z } from 'zod';
import { Ticket } from '../shared/ticket.ts';
import { TicketNote } from '../shared/ticket-workflow.ts';
import type { WorkspaceAction } from '../shared/runtime-messages.ts';

export interface ActionRoute {
  path: string;
  method: 'POST' | 'PATCH' | 'DELETE';
  body?: Record<string, unknown>;
}

/** Changes answer the ticket as it now stands; a note answers itself (the ticket is unchanged). */
export const ActionAnswer = z.union([Ticket, TicketNote.transform(() => null)]);

export function actionRoute(recordNumber: string, action: WorkspaceAction): ActionRoute {
  const ticket = `/tickets/${encodeURIComponent(recordNumber)}`;
  const { kind: _kind, ...body } = action;
  switch (action.kind) {
    case 'claim':
      return { path: `${ticket}/claim`, method: 'POST' };
    case 'assign':
      return { path: `${ticket}/assign`, method: 'POST', body };
    case 'status':
    case 'labels':
      return { path: ticket, method: 'PATCH', body };
    case 'escalate':
      return { path: ticket, method: 'PATCH', body: { escalation: action.reasons } };
    case 'note':
      return { path: `${ticket}/notes`, method: 'POST', body };
    case 'no_reply_needed':
      return {
        path: `/messages/${encodeURIComponent(action.messageId)}/no-reply-needed`,
        method: action.undo ? 'DELETE' : 'POST',
      };
    case 'compensation':
      return { path: `${ticket}/compensation`, method: 'POST', body: action.compensation };
    case 'compensation_decision':
      return { path: `${ticket}/compensation/decision`, method: 'POST', body };
  }
}
