// The facts the status rules (services/ticket-status-rules.ts) decide on, read from a ticket and
// its messages: whether the guest was answered, whether a closing message went out after the
// guest's last message that owed a reply, and what the ticket records for its close.
import type { Queryable } from '../db/database.ts';
import type { StatusFacts } from '../services/ticket-status-rules.ts';
import { OWES_REPLY } from './reply-owed.ts';

type FactsRow = Omit<StatusFacts, 'answered' | 'awaitingReply' | 'closingMessageSent' | 'rootCause'> & {
  root_cause: string | null;
  answered: boolean;
  awaiting_reply: boolean;
  closing_message_sent: boolean;
};

const STATUS_FACTS = `
  select t.status, t.topic, t.root_cause, t.complaint, t.compensation,
         t.first_response_at is not null as answered,
         exists (select 1 from messages m
                  where m.ticket_id = t.id and m.direction = 'inbound' and ${OWES_REPLY}
                    and (t.last_outbound_at is null or m.sent_at > t.last_outbound_at)) as awaiting_reply,
         exists (select 1 from messages q
                  where q.ticket_id = t.id and q.direction = 'outbound' and q.asks_csat
                    and q.sent_at >= coalesce(
                      (select max(m.sent_at) from messages m
                        where m.ticket_id = t.id and m.direction = 'inbound' and ${OWES_REPLY}),
                      '-infinity'::timestamptz)) as closing_message_sent
    from tickets t
   where t.hotel_id = $1 and t.id = $2`;

export async function statusFactsOf(
  db: Queryable,
  hotelId: string,
  ticketId: string,
): Promise<StatusFacts | undefined> {
  const [row] = await db.query<FactsRow>(STATUS_FACTS, [hotelId, ticketId]);
  if (!row) return undefined;
  return {
    status: row.status,
    topic: row.topic,
    rootCause: row.root_cause,
    complaint: row.complaint,
    compensation: row.compensation,
    answered: row.answered,
    awaitingReply: row.awaiting_reply,
    closingMessageSent: row.closing_message_sent,
  };
}
