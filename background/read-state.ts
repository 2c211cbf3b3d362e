// What content scripts are told about their messages and tickets: the same answer for a capture
// reply and for a state push, read from the local database.
import type { BadgeTicket, MessageState } from '../shared/runtime-messages.ts';
import type { KonukDb, MessageRow, TicketRow } from './db.ts';
import { provisionalClock } from './provisional-sla.ts';

const ACTIVE = new Set(['open', 'pending_guest']);

export async function readMessageStates(db: KonukDb, keys: string[]): Promise<MessageState[]> {
  const rows = (await db.messages.bulkGet(keys)).filter((row): row is MessageRow => row !== undefined);
  // Only messages the API has not answered for need their conversation's tickets and history.
  const conversations = [
    ...new Set(rows.filter((row) => row.logged === 'stored').map((row) => row.conversationKey)),
  ];
  const tickets = await ticketsByConversation(db, conversations);
  const unticketed = await unticketedMessagesByConversation(db, conversations);
  return rows.map((row) => {
    if (row.logged === 'synced') {
      return { key: row.key, logged: 'synced', ticketId: row.ticketId, provisionalSla: null };
    }
    // Until the API answers, a message in a conversation with an active ticket joins that ticket.
    const active = tickets.get(row.conversationKey)?.find((t) => ACTIVE.has(t.status));
    return {
      key: row.key,
      logged: 'stored',
      ticketId: active?.id ?? null,
      provisionalSla: active ? null : provisionalClock(unticketed.get(row.conversationKey) ?? [row.message]),
    };
  });
}

/**
 * The conversations' own tickets, and the tickets their messages joined (the guest's second
 * channel; a private message joining a public review), so every badge shows its record.
 */
export async function readBadgeTickets(
  db: KonukDb,
  conversationKeys: string[],
  messageTicketIds: readonly (string | null)[] = [],
): Promise<BadgeTicket[]> {
  const rows = await db.tickets.where('conversationKey').anyOf(conversationKeys).toArray();
  const own = new Set(rows.map((row) => row.id));
  const joined = [...new Set(messageTicketIds)].filter((id): id is string => id !== null && !own.has(id));
  const joinedRows = (await db.tickets.bulkGet(joined)).filter((row): row is TicketRow => row !== undefined);
  return [...rows, ...joinedRows].map(toBadgeTicket);
}

export function toBadgeTicket(row: TicketRow): BadgeTicket {
  const { channel, awaitingSince, lastInboundAt, visibility, privateJoinedAt } = row.ticket;
  return {
    id: row.id,
    recordNumber: row.recordNumber,
    status: row.status,
    sla: row.ticket.sla,
    // The platform's own deadline (Booking.com, Airbnb, Meta) is worked out on the badge from these.
    channel,
    awaitingSince,
    lastInboundAt,
    visibility,
    privateJoinedAt,
  };
}

async function ticketsByConversation(db: KonukDb, conversationKeys: string[]) {
  const byConversation = new Map<string, TicketRow[]>();
  for (const row of await db.tickets.where('conversationKey').anyOf(conversationKeys).toArray()) {
    byConversation.set(row.conversationKey, [...(byConversation.get(row.conversationKey) ?? []), row]);
  }
  return byConversation;
}

async function unticketedMessagesByConversation(db: KonukDb, conversationKeys: string[]) {
  const byConversation = new Map<string, MessageRow['message'][]>();
  const rows = await db.messages.where('conversationKey').anyOf(conversationKeys).toArray();
  for (const row of rows) {
    if (row.ticketId !== null) continue;
    byConversation.set(row.conversationKey, [
      ...(byConversation.get(row.conversationKey) ?? []),
      row.message,
    ]);
  }
  return byConversation;
}
