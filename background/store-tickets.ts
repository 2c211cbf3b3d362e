// Writes tickets from the API into the local copy. The batch endpoint and the change feed can
// answer out of order, so a ticket only replaces what we hold when its changeSeq is not older.
// A record number is the API's, unique in its hotel: a local ticket that holds it under another
// id is stale (another server's, kept by an older version) and gives way, rather than failing
// every write with the unique index's error.
import { conversationKey } from '../shared/message.ts';
import type { Ticket } from '../shared/ticket.ts';
import type { KonukDb, TicketRow } from './db.ts';

/** Must run inside a transaction that includes db.tickets. Returns the tickets that changed. */
export async function storeTickets(db: KonukDb, tickets: Ticket[]): Promise<Ticket[]> {
  const newest = new Map<string, Ticket>();
  for (const ticket of tickets) {
    const seen = newest.get(ticket.id);
    if (!seen || BigInt(ticket.changeSeq) >= BigInt(seen.changeSeq)) newest.set(ticket.id, ticket);
  }
  const held = await db.tickets.bulkGet([...newest.keys()]);
  const changed = [...newest.values()].filter((ticket, i) => {
    const row = held[i];
    return !row || BigInt(ticket.changeSeq) > BigInt(row.changeSeq);
  });
  const stale = await db.tickets
    .where('recordNumber')
    .anyOf(changed.map((ticket) => ticket.recordNumber))
    .filter((row) => !newest.has(row.id))
    .primaryKeys();
  await db.tickets.bulkDelete(stale);
  await db.tickets.bulkPut(changed.map(toRow));
  return changed;
}

function toRow(ticket: Ticket): TicketRow {
  return {
    id: ticket.id,
    recordNumber: ticket.recordNumber,
    status: ticket.status,
    conversationKey: conversationKey(ticket),
    changeSeq: ticket.changeSeq,
    ticket,
  };
}
