// "No reply needed": an agent marks a guest message (a thank-you, an emoji the classifier did not
// catch) as owing no reply, so it starts no response clock and reopens nothing; counted apart.
import type { Ticket } from '../../shared/ticket.ts';
import type { Database } from '../db/database.ts';
import { HttpError } from '../http-error.ts';
import { applyTicketChanges, refreshOf } from './apply-ticket-changes.ts';
import type { Agent } from './tenant-repository.ts';
import { recordHistory } from './ticket-history-repository.ts';

/** Marks (or unmarks) a guest message as owing no reply; answers its ticket. */
export async function markNoReplyNeeded(
  db: Database,
  caller: Agent,
  messageId: string,
  marked: boolean,
): Promise<Ticket> {
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    const [message] = await tx.query<{
      ticket_id: string | null;
      direction: string;
      no_reply_needed_at: string | null;
    }>('select ticket_id, direction, no_reply_needed_at from messages where hotel_id = $1 and id = $2', [
      caller.hotelId,
      messageId,
    ]);
    if (!message || message.ticket_id === null) {
      throw new HttpError(404, 'not_found', `No message ${messageId} on a ticket of this hotel.`);
    }
    if (message.direction !== 'inbound') {
      throw new HttpError(409, 'conflict', 'Only a guest message can be marked "no reply needed".');
    }
    await tx.query('select id from tickets where id = $1 for update', [message.ticket_id]);
    if ((message.no_reply_needed_at !== null) !== marked) {
      await tx.query(
        `update messages set no_reply_needed_by = case when $3 then $4::uuid end,
                no_reply_needed_at = case when $3 then $5::timestamptz end
          where hotel_id = $1 and id = $2`,
        [caller.hotelId, messageId, marked, caller.id, now],
      );
      await recordHistory(
        tx,
        caller.hotelId,
        [
          {
            ticketId: message.ticket_id,
            agentId: caller.id,
            field: 'no_reply_needed',
            from: marked ? null : messageId,
            to: marked ? messageId : null,
          },
        ],
        now,
      );
    }
    const [ticket] = await applyTicketChanges(tx, caller.hotelId, [refreshOf(message.ticket_id, false)], now);
    return ticket!;
  });
}
