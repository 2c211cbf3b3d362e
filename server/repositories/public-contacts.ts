// Marks the tickets that public guest messages (comments, reviews) opened or joined as public,
// with the latest such message's source, author, rating and link back (issue 11); remembers each
// public contact's author, so a later private contact can find them; and keeps what the reports
// read of a ticket: whether it started public, and when and why a private conversation joined it.
// Runs inside the ingest transaction after the messages are written and before the tickets are
// read back, so the ingest answer already carries it. A few statements whatever the batch size.
import { conversationKey } from '../../shared/message.ts';
import type { Queryable } from '../db/database.ts';
import type { PlannedMessage } from '../services/ingest-plan.ts';
import { authorNameKey, normaliseHandle } from '../services/public-author-match.ts';
import { normaliseReservationNumber } from '../services/guest-identifiers.ts';

export async function markPublicTickets(
  tx: Queryable,
  hotelId: string,
  messages: readonly PlannedMessage[],
): Promise<void> {
  await markPublicVisibility(tx, hotelId, messages);
  await rememberPublicAuthors(tx, hotelId, messages);
  await markTicketOrigins(
    tx,
    hotelId,
    messages.filter((p) => p.message.direction === 'inbound').map((p) => p.ticketId),
  );
}

async function markPublicVisibility(
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

/**
 * The author of each public contact: who wrote its first guest message. Later messages in the
 * thread (another guest's reply under a comment) never change who the author is.
 */
async function rememberPublicAuthors(
  tx: Queryable,
  hotelId: string,
  messages: readonly PlannedMessage[],
): Promise<void> {
  const first = new Map<string, PlannedMessage['message']>();
  for (const { message: m } of messages) {
    if (m.direction !== 'inbound' || m.visibility !== 'public') continue;
    const key = conversationKey(m);
    const known = first.get(key);
    if (!known || m.sentAt < known.sentAt) first.set(key, m);
  }
  if (first.size === 0) return;
  const rows = [...first.values()].map((m) => ({
    channel: m.channel,
    conversation_id: m.conversationId,
    author_handle: normaliseHandle(m.senderHandle),
    author_key: authorNameKey(m.senderName ?? m.guestName),
    reservation_number: normaliseReservationNumber(m.reservationNumber),
    stay_check_in: m.stay?.checkIn ?? null,
    stay_check_out: m.stay?.checkOut ?? null,
    stay_month: m.stayMonth ?? null,
    seen_at: m.sentAt,
  }));
  await tx.query(
    `insert into public_authors (hotel_id, channel, conversation_id, author_handle, author_key,
                                 reservation_number, stay_check_in, stay_check_out, stay_month, seen_at)
     select $1, x.* from jsonb_to_recordset($2::jsonb) as x (channel text, conversation_id text,
            author_handle text, author_key text, reservation_number text, stay_check_in date,
            stay_check_out date, stay_month text, seen_at timestamptz)
     on conflict do nothing`,
    [hotelId, JSON.stringify(rows)],
  );
}

/**
 * For each public ticket among `ticketIds`: whether a public comment or review opened it (its own
 * conversation is public), and the guest's first private message written after their first
 * public one, with its channel and its contact's link reason (how the private conversation found
 * the public one). A private message from before the review did not move anywhere: it is not a
 * join. Recomputed from the messages, so a late capture or a coordinator's link leaves the same
 * answer as messages arriving in order would.
 */
export async function markTicketOrigins(
  tx: Queryable,
  hotelId: string,
  ticketIds: readonly (string | null)[],
): Promise<void> {
  const ids = [...new Set(ticketIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return;
  await tx.query(
    `update tickets t
        set started_public = o.started_public,
            private_joined_at = case when o.started_public then p.sent_at end,
            private_join_channel = case when o.started_public then p.channel end,
            private_join_reason = case when o.started_public then l.reason end
       from tickets s
      cross join lateral (select exists (select 1 from messages m
                                          where m.ticket_id = s.id and m.channel = s.channel
                                            and m.conversation_id = s.conversation_id
                                            and m.visibility = 'public') as started_public,
                                 (select min(m.sent_at) from messages m
                                   where m.ticket_id = s.id and m.direction = 'inbound'
                                     and m.visibility = 'public') as first_public) o
       left join lateral (select m.sent_at, m.channel, m.conversation_id
                            from messages m
                           where m.ticket_id = s.id and m.direction = 'inbound' and m.visibility = 'private'
                             and m.sent_at >= o.first_public
                           order by m.sent_at, m.id limit 1) p on true
       left join guest_links l
         on l.hotel_id = s.hotel_id and l.channel = p.channel and l.conversation_id = p.conversation_id
      where s.hotel_id = $1 and s.id = any($2::uuid[]) and s.visibility = 'public' and t.id = s.id`,
    [hotelId, ids],
  );
}
