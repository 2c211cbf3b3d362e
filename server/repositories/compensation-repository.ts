// Compensation on a ticket: an amount and kind, within the offering agent's limit (set per role
// in the hotel's settings), or waiting for a supervisor's approval before it may be offered.
import type {
  Compensation,
  CompensationDecisionRequest,
  CompensationRequest,
} from '../../shared/ticket-workflow.ts';
import type { Ticket } from '../../shared/ticket.ts';
import type { Database, Queryable } from '../db/database.ts';
import { HttpError } from '../http-error.ts';
import { applyTicketChanges, refreshOf } from './apply-ticket-changes.ts';
import { hotelCompensationSettings } from './settings-repository.ts';
import type { Agent } from './tenant-repository.ts';
import { addNote, recordHistory } from './ticket-history-repository.ts';
import { findTicket } from './ticket-repository.ts';

const describe = (c: Compensation) => `${c.amount} ${c.currency} ${c.kind} (${c.status})`;

/**
 * The ticket read under its row lock, taken before the hotel's change lock (which
 * applyTicketChanges takes last), the order every writer keeps.
 */
async function lockedTicket(tx: Queryable, hotelId: string, recordNumber: string): Promise<Ticket> {
  await tx.query('select id from tickets where hotel_id = $1 and record_number = $2 for update', [
    hotelId,
    recordNumber,
  ]);
  const ticket = await findTicket(tx, hotelId, recordNumber);
  if (!ticket) throw new HttpError(404, 'not_found', `No ticket ${recordNumber} in this hotel.`);
  return ticket;
}

async function save(
  tx: Queryable,
  caller: Agent,
  ticket: Ticket,
  next: Compensation,
  note: string | undefined,
  now: string,
) {
  await tx.query('update tickets set compensation = $2 where id = $1', [ticket.id, JSON.stringify(next)]);
  await recordHistory(
    tx,
    caller.hotelId,
    [
      {
        ticketId: ticket.id,
        agentId: caller.id,
        field: 'compensation',
        from: ticket.compensation ? describe(ticket.compensation) : null,
        to: describe(next),
        note: note ?? null,
      },
    ],
    now,
  );
  if (note !== undefined) await addNote(tx, caller.hotelId, ticket.id, caller.id, note, now);
  const [updated] = await applyTicketChanges(tx, caller.hotelId, [refreshOf(ticket.id, false)], now);
  return updated!;
}

export async function requestCompensation(
  db: Database,
  caller: Agent,
  recordNumber: string,
  request: CompensationRequest,
): Promise<Ticket> {
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    const ticket = await lockedTicket(tx, caller.hotelId, recordNumber);
    const settings = await hotelCompensationSettings(tx, caller.hotelId);
    const limit = settings.limits[caller.role];
    const next: Compensation = {
      amount: request.amount,
      currency: settings.currency,
      kind: request.kind,
      status: limit === null || request.amount <= limit ? 'approved' : 'pending_approval',
      requestedBy: caller.id,
      requestedAt: now,
      decidedBy: null,
      decidedAt: null,
    };
    return save(tx, caller, ticket, next, request.note, now);
  });
}

export async function decideCompensation(
  db: Database,
  caller: Agent,
  recordNumber: string,
  decision: CompensationDecisionRequest,
): Promise<Ticket> {
  if (caller.role !== 'supervisor') {
    throw new HttpError(
      403,
      'forbidden',
      'Only supervisors can approve or decline a compensation above the limit.',
    );
  }
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    const ticket = await lockedTicket(tx, caller.hotelId, recordNumber);
    if (ticket.compensation?.status !== 'pending_approval') {
      throw new HttpError(409, 'conflict', `${recordNumber} has no compensation waiting for approval.`);
    }
    const next: Compensation = {
      ...ticket.compensation,
      status: decision.approve ? 'approved' : 'declined',
      decidedBy: caller.id,
      decidedAt: now,
    };
    return save(tx, caller, ticket, next, decision.note, now);
  });
}
