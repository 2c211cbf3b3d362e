// Who owns a ticket: claiming one, assigning or handing it on with a note. New tickets belong
// to their routed team and to nobody; these are the only ways a ticket gets an owner.
import type { AssignRequest } from '../../shared/ticket-workflow.ts';
import type { Ticket } from '../../shared/ticket.ts';
import type { Database, Queryable } from '../db/database.ts';
import { HttpError } from '../http-error.ts';
import type { Agent } from './tenant-repository.ts';
import { applyTicketChanges, refreshOf } from './apply-ticket-changes.ts';
import { isKnownTeam, membershipsOf } from './team-repository.ts';
import { addNote, recordHistory, type NewHistoryEntry } from './ticket-history-repository.ts';
import { findTicket } from './ticket-repository.ts';

const COORDINATING = new Set(['coordinator', 'supervisor']);

async function leadsTeam(db: Queryable, agent: Agent, team: string | null): Promise<boolean> {
  if (team === null) return false;
  return (await membershipsOf(db, agent.hotelId, agent.id)).some((m) => m.team === team && m.lead);
}

/** Coordinators, supervisors and the lead of the ticket's team may move anyone's ticket. */
async function managesTicket(db: Queryable, agent: Agent, ticket: Ticket): Promise<boolean> {
  return COORDINATING.has(agent.role) || (await leadsTeam(db, agent, ticket.team));
}

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

async function agentName(db: Queryable, hotelId: string, agentId: string | null): Promise<string | null> {
  if (agentId === null) return null;
  const [row] = await db.query<{ name: string }>('select name from agents where hotel_id = $1 and id = $2', [
    hotelId,
    agentId,
  ]);
  return row?.name ?? null;
}

export async function claimTicket(db: Database, caller: Agent, recordNumber: string): Promise<Ticket> {
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    const ticket = await lockedTicket(tx, caller.hotelId, recordNumber);
    if (ticket.ownerAgentId === caller.id) return ticket;
    if (ticket.ownerAgentId !== null && !(await managesTicket(tx, caller, ticket))) {
      throw new HttpError(
        409,
        'owned',
        `${recordNumber} belongs to ${ticket.ownerName ?? 'another agent'}: ask them (or the team lead) to hand it on.`,
      );
    }
    return setOwner(tx, caller, ticket, caller.id, null, now);
  });
}

export async function assignTicket(
  db: Database,
  caller: Agent,
  recordNumber: string,
  request: AssignRequest,
): Promise<Ticket> {
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    const ticket = await lockedTicket(tx, caller.hotelId, recordNumber);
    const ownsIt = ticket.ownerAgentId === caller.id;
    if (!ownsIt && !(await managesTicket(tx, caller, ticket))) {
      throw new HttpError(
        403,
        'forbidden',
        `Only ${recordNumber}'s owner, the lead of its team, coordinators and supervisors can assign it.`,
      );
    }
    if (request.agentId !== null && (await agentName(tx, caller.hotelId, request.agentId)) === null) {
      throw new HttpError(
        400,
        'invalid_request',
        'Invalid request body: agentId: no such agent in this hotel.',
        [{ path: 'agentId', message: 'no such agent in this hotel' }],
      );
    }
    if (request.team !== undefined && !(await isKnownTeam(tx, caller.hotelId, request.team))) {
      throw new HttpError(
        400,
        'invalid_request',
        `Invalid request body: team: no team "${request.team}" in this hotel.`,
        [{ path: 'team', message: 'not a team of this hotel' }],
      );
    }
    const handsOn = ticket.ownerAgentId !== null && ticket.ownerAgentId !== request.agentId;
    if (handsOn && request.note === undefined) {
      throw new HttpError(
        400,
        'invalid_request',
        `Invalid request body: note: handing on a ticket ${ticket.ownerName ?? 'someone'} owns needs a note for the next owner.`,
        [{ path: 'note', message: 'a hand-on needs a note' }],
      );
    }
    if (request.note !== undefined)
      await addNote(tx, caller.hotelId, ticket.id, caller.id, request.note, now);
    return setOwner(tx, caller, ticket, request.agentId, request.team ?? null, now);
  });
}

async function setOwner(
  tx: Queryable,
  caller: Agent,
  ticket: Ticket,
  ownerId: string | null,
  team: string | null,
  now: string,
): Promise<Ticket> {
  const history: NewHistoryEntry[] = [];
  if (ownerId !== ticket.ownerAgentId) {
    await tx.query('update tickets set owner_agent_id = $2 where id = $1', [ticket.id, ownerId]);
    history.push({
      ticketId: ticket.id,
      agentId: caller.id,
      field: 'owner',
      from: ticket.ownerName,
      to: await agentName(tx, caller.hotelId, ownerId),
    });
  }
  const movesTeam = team !== null && team !== ticket.team;
  if (movesTeam) {
    await tx.query('update tickets set corrected_team = $2 where id = $1', [ticket.id, team]);
    history.push({ ticketId: ticket.id, agentId: caller.id, field: 'team', from: ticket.team, to: team });
  }
  await recordHistory(tx, caller.hotelId, history, now);
  const [updated] = await applyTicketChanges(tx, caller.hotelId, [refreshOf(ticket.id, movesTeam)], now);
  return updated!;
}
