// Marks the tickets that public guest messages (comments, reviews) opened or joined as public,
// with the latest such message's source, author, rating and link back (issue 11). Runs inside the
// ingest transaction after the messages are written and before the tickets are read back, so the
// ingest answer already carries it. One statement whatever the batch size.
import type { Queryable } from '../db/database.ts';
import type { PlannedMessage } from '../services/ingest-plan.ts';

export async function markPublicTickets(
  tx: Queryable,
  hotelId: string,
  messages: readonly PlannedMessage[],
): Promise<void> {
  const rows = messages
    .filter((p) => p.ticketId !== null && p.message.direction === 'inbound')
    .filter((p) => p.message.visibility === 'public')
    .map(({ ticketId, message: m }) => ({
      ticket_id: ticketId,
      sent_at: m.sentAt,
      public_source: m.publicSource ?? null,
      public_author: m.senderName ?? m.guestName ?? null,
      rating_value: m.rating?.value ?? null,
      rating_out_of: m.rating?.outOf ?? null,
      public_url: m.publicUrl ?? m.conversationUrl ?? null,
    }));
  if (rows.length === 0) return;
  // A later public message wins; one already stored and newer than this batch's keeps its facts.
  await tx.query(
    `update tickets t
        set visibility = 'public',
            public_source = coalesce(p.public_source, t.public_source),
            public_author = coalesce(p.public_author, t.public_author),
            rating_value = case when p.rating_value is null then t.rating_value else p.rating_value end,
            rating_out_of = case when p.rating_value is null then t.rating_out_of else p.rating_out_of end,
            public_url = coalesce(p.public_url, t.public_url)
       from (select distinct on (ticket_id) *
               from jsonb_to_recordset($2::jsonb) as x (ticket_id uuid, sent_at timestamptz,
                    public_source text, public_author text, rating_value real,
                    rating_out_of smallint, public_url text)
              order by ticket_id, sent_at desc) as p
      where t.id = p.ticket_id and t.hotel_id = $1
        and not exists (select 1 from messages m
                         where m.hotel_id = $1 and m.ticket_id = t.id and m.visibility = 'public'
                           and m.direction = 'inbound' and m.sent_at > p.sent_at)`,
    [hotelId, JSON.stringify(rows)],
  );
}
