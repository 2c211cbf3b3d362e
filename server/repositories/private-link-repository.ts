// A coordinator's link (issue 11): a guest's private conversation joins a public comment's or
// review's record when the page's evidence could not tie them (a first name only, a month of
// stay). The conversation's guest becomes the public contact's guest, the conversation joins the
// public ticket, and if the conversation had opened a ticket of its own, that ticket's messages
// from it move into the public record and the emptied ticket is closed as its duplicate. The
// coordinator's reason is kept in both tickets' history.
import { conversationKey } from '../../shared/message.ts';
import type { PrivateLinkRequest } from '../../shared/public-contacts-contract.ts';
import type { Ticket } from '../../shared/ticket.ts';
import type { Database, Queryable } from '../db/database.ts';
import { applyTicketChanges, refreshOf } from './apply-ticket-changes.ts';
import { lockConversations, lockHotelChanges, lockHotelGuests } from './locks.ts';
import { markTicketOrigins } from './public-contacts.ts';
import { recordHistory, type NewHistoryEntry } from './ticket-history-repository.ts';

export type PrivateLinkOutcome =
  | { outcome: 'linked'; ticket: Ticket }
  | { outcome: 'no_ticket' }
  | { outcome: 'no_conversation' }
  | { outcome: 'refused'; why: 'not_public' | 'closed' | 'conversation_public' | 'already_joined' };

interface PublicTicketRow {
  id: string;
  guest_id: string | null;
  record_number: string;
  visibility: string;
  status: string;
}

export async function linkPrivateConversation(
  db: Database,
  hotelId: string,
  agentId: string,
  recordNumber: string,
  request: PrivateLinkRequest,
): Promise<PrivateLinkOutcome> {
  const now = new Date().toISOString();
  const { channel, conversationId } = request;
  return db.transaction(async (tx) => {
    await lockConversations(tx, hotelId, [conversationKey({ channel, conversationId })]);
    await lockHotelGuests(tx, hotelId);
    const [ticket] = await tx.query<PublicTicketRow>(
      `select id, guest_id, record_number, visibility, status from tickets
        where hotel_id = $1 and record_number = $2`,
      [hotelId, recordNumber],
    );
    if (!ticket) return { outcome: 'no_ticket' };
    if (ticket.visibility !== 'public') return { outcome: 'refused', why: 'not_public' };
    if (ticket.status === 'closed') return { outcome: 'refused', why: 'closed' };
    const [contact] = await tx.query<{ guest_id: string; public: boolean; joined: boolean }>(
      `select l.guest_id,
              exists (select 1 from messages m where m.hotel_id = l.hotel_id and m.channel = l.channel
                         and m.conversation_id = l.conversation_id and m.visibility = 'public') as public,
              exists (select 1 from ticket_conversations tc where tc.ticket_id = $4
                         and tc.channel = l.channel and tc.conversation_id = l.conversation_id) as joined
         from guest_links l where l.hotel_id = $1 and l.channel = $2 and l.conversation_id = $3`,
      [hotelId, channel, conversationId, ticket.id],
    );
    if (!contact) return { outcome: 'no_conversation' };
    if (contact.public) return { outcome: 'refused', why: 'conversation_public' };
    if (contact.joined) return { outcome: 'refused', why: 'already_joined' };

    await joinGuest(tx, hotelId, contact.guest_id, ticket.guest_id, request, now);
    await tx.query(
      `insert into ticket_conversations (ticket_id, hotel_id, channel, conversation_id)
       values ($1, $2, $3, $4) on conflict do nothing`,
      [ticket.id, hotelId, channel, conversationId],
    );
    await lockHotelChanges(tx, hotelId);
    const history: NewHistoryEntry[] = [
      {
        ticketId: ticket.id,
        agentId,
        field: 'private_link',
        from: null,
        to: conversationKey({ channel, conversationId }),
        note: request.reason,
      },
    ];
    const emptied = await moveOwnTickets(tx, hotelId, ticket.id, request, now);
    history.push(
      ...emptied.map(({ id, status }) => ({
        ticketId: id,
        agentId,
        field: 'status' as const,
        from: status,
        to: 'closed',
        note: `${ticket.record_number}: ${request.reason}`,
      })),
    );
    await recordHistory(tx, hotelId, history, now);
    await markTicketOrigins(tx, hotelId, [ticket.id]);
    const [linked] = await applyTicketChanges(tx, hotelId, [refreshOf(ticket.id, true)], now);
    return { outcome: 'linked', ticket: linked! };
  });
}

/**
 * The private contact's guest becomes the public contact's guest: the linked conversation says
 * why (`public_link`), the guest's other contacts and tickets follow as a coordinator's merge.
 */
async function joinGuest(
  tx: Queryable,
  hotelId: string,
  fromGuestId: string,
  toGuestId: string | null,
  { channel, conversationId }: PrivateLinkRequest,
  now: string,
): Promise<void> {
  const target = toGuestId ?? fromGuestId;
  await tx.query(
    `update guest_links
        set guest_id = $2,
            reason = case when channel = $4 and conversation_id = $5 then 'public_link' else 'manual' end,
            matched_on = null
      where hotel_id = $1 and guest_id = $3`,
    [hotelId, target, fromGuestId, channel, conversationId],
  );
  if (target === fromGuestId) return;
  await tx.query(
    `update tickets set guest_id = $3, updated_at = $4, change_seq = nextval('ticket_change_seq')
      where hotel_id = $1 and guest_id = $2`,
    [hotelId, fromGuestId, target, now],
  );
  await tx.query('delete from guests where hotel_id = $1 and id = $2', [hotelId, fromGuestId]);
  await tx.query('update guests set updated_at = $3 where hotel_id = $1 and id = $2', [hotelId, target, now]);
}

/**
 * Moves the conversation's messages out of the tickets it opened that are still active into the
 * public ticket; a ticket left without messages is closed as a duplicate. Returns those closed,
 * with the status each had.
 */
async function moveOwnTickets(
  tx: Queryable,
  hotelId: string,
  publicTicketId: string,
  { channel, conversationId }: PrivateLinkRequest,
  now: string,
): Promise<{ id: string; status: string }[]> {
  const moved = await tx.query<{ ticket_id: string }>(
    `update messages m set ticket_id = $2
       from tickets t
      where m.hotel_id = $1 and m.channel = $3 and m.conversation_id = $4 and m.ticket_id = t.id
        and t.id <> $2 and t.status <> 'closed'
     returning t.id as ticket_id`,
    [hotelId, publicTicketId, channel, conversationId],
  );
  const from = [...new Set(moved.map((row) => row.ticket_id))];
  await tx.query(
    `update tickets t set message_count = (select count(*) from messages m where m.ticket_id = t.id)
      where t.hotel_id = $1 and t.id = any($2::uuid[])`,
    [hotelId, [publicTicketId, ...from]],
  );
  const emptied = await tx.query<{ id: string; status: string }>(
    `with before as (select id, status from tickets where hotel_id = $1 and id = any($2::uuid[]))
     update tickets t
        set status = 'closed', status_changed_at = $3, closed_at = $3, close_reason = 'duplicate',
            updated_at = $3, change_seq = nextval('ticket_change_seq')
       from before b
      where t.id = b.id and not exists (select 1 from messages m where m.ticket_id = t.id)
     returning t.id, b.status`,
    [hotelId, from, now],
  );
  const closed = new Set(emptied.map((row) => row.id));
  const kept = from.filter((id) => !closed.has(id));
  if (kept.length > 0)
    await applyTicketChanges(
      tx,
      hotelId,
      kept.map((id) => refreshOf(id, true)),
      now,
    );
  return emptied;
}
