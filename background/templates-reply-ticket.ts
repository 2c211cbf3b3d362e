// The ticket a reply is written for, as the suggestion panel needs it: labels to rank templates
// (an agent's corrections included) and values to fill them. Read from the local database only,
// so a panel opens at once, also offline.
import type { ReplyTicket } from '../shared/runtime-messages.ts';
import type { KonukDb, TicketRow } from './db.ts';

const CLOSED = 'closed';

export async function readReplyTicket(
  db: KonukDb,
  where: { ticketId?: string | undefined; conversationKey?: string | undefined },
): Promise<ReplyTicket | null> {
  let row = where.ticketId ? await db.tickets.get(where.ticketId) : undefined;
  if (!row && where.conversationKey) row = latestOf(await conversationTickets(db, where.conversationKey));
  return row ? toReplyTicket(row) : null;
}

function conversationTickets(db: KonukDb, conversationKey: string): Promise<TicketRow[]> {
  return db.tickets.where('conversationKey').equals(conversationKey).toArray();
}

/** The conversation's ticket still being worked on, else its latest one. */
function latestOf(rows: TicketRow[]): TicketRow | undefined {
  const newestFirst = [...rows].sort((a, b) => b.ticket.updatedAt.localeCompare(a.ticket.updatedAt));
  return newestFirst.find((row) => row.status !== CLOSED) ?? newestFirst[0];
}

function toReplyTicket({ ticket }: TicketRow): ReplyTicket {
  return {
    recordNumber: ticket.recordNumber,
    guestName: ticket.guestName,
    language: ticket.language ?? null,
    topic: ticket.topic,
    stage: ticket.stage,
    stay: ticket.stay ?? null,
    awaitingFirstReply: ticket.firstResponseAt === null,
    status: ticket.status,
    interimUpdateOwedFrom: interimOwedFrom(ticket),
  };
}

/** A running interim-update clock starts when the update is owed; a met one owes nothing. */
function interimOwedFrom(ticket: TicketRow['ticket']): string | null {
  const clock = ticket.clocks?.interimUpdate;
  return clock && clock.metAt === null ? clock.startedAt : null;
}
