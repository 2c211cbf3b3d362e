// The thank-you-due queue (issue 9) and the record of each thank-you sent. A thank-you the agent
// sends in the page is captured like any reply, tagged with its template kind: ingest hands it
// here (recordThankYouMessages), which puts it on the guest's ticket, even a closed one, as the
// question the guest's 1-5 answer then lands on, and marks the stay done. "Mark sent" records
// one sent elsewhere the same way (reservation-thank-you-mark.ts).
import type { ThankYouDueItem } from '../../shared/reservation-contract.ts';
import { dueCheckOutDates } from '../../shared/reservation-contract.ts';
import { hotelLanguage } from '../../shared/templates/hotel-language.ts';
import { TemplateKind } from '../../shared/templates/template-schema.ts';
import { formatLocalDate, localDateOf } from '../../shared/zoned-time.ts';
import type { Queryable } from '../db/database.ts';
import type { PlannedMessage } from '../services/ingest-plan.ts';
import { stayKeyOf, thankYouDueItems, type TicketFacts } from '../services/thank-you-due.ts';
import { applyTicketChanges, refreshOf } from './apply-ticket-changes.ts';
import { reservationsDeparting } from './reservation-repository.ts';
import type { AuthContext } from './tenant-repository.ts';
import { templatesOfKinds } from './template-repository.ts';

interface TicketFactsRow {
  id: string;
  record_number: string;
  channel: TicketFacts['channel'];
  conversation_id: string;
  conversation_url: string | null;
  guest_name: string | null;
  guest_id: string | null;
  language: TicketFacts['language'];
  reservation_number: string | null;
  stay_check_in: string | null;
  stay_check_out: string | null;
  visibility: string;
}

const TICKET_FACTS = `
  select id, record_number, channel, conversation_id, conversation_url, guest_name, guest_id, language,
         reservation_number, stay_check_in, stay_check_out, visibility
    from tickets`;

const toFacts = (row: TicketFactsRow): TicketFacts => ({
  id: row.id,
  recordNumber: row.record_number,
  channel: row.channel,
  conversationId: row.conversation_id,
  conversationUrl: row.conversation_url,
  guestName: row.guest_name,
  guestId: row.guest_id,
  language: row.language,
  reservationNumber: row.reservation_number,
  checkIn: row.stay_check_in,
  checkOut: row.stay_check_out,
  isPublic: row.visibility === 'public',
});

export async function thankYouDue(db: Queryable, caller: AuthContext, now: Date): Promise<ThankYouDueItem[]> {
  const { hotel } = caller;
  const dates = dueCheckOutDates(localDateOf(hotel.timeZone, now.getTime())).map(formatLocalDate);
  const reservations = await reservationsDeparting(db, hotel.id, dates);
  const rows = await db.query<TicketFactsRow>(
    `${TICKET_FACTS}
      where hotel_id = $1 and (stay_check_out = any($2::date[]) or reservation_number = any($3::text[]))
      order by created_at desc, id`,
    [hotel.id, dates, reservations.map((r) => r.reservationNumber)],
  );
  const tickets = rows.map(toFacts);
  const keys = [
    ...reservations.map((r) => `reservation:${r.reservationNumber}`),
    ...tickets.flatMap((t) => stayKeyOf(t) ?? []),
  ];
  const sent = await db.query<{ stay_key: string }>(
    'select stay_key from post_stay_thanks where hotel_id = $1 and stay_key = any($2::text[])',
    [hotel.id, keys],
  );
  const templates = await templatesOfKinds(db, hotel.id, TemplateKind.options);
  return thankYouDueItems({
    nowMs: now.getTime(),
    timeZone: hotel.timeZone,
    hotelName: hotel.name,
    agentName: caller.agent.name,
    hotelLanguage: hotelLanguage(templates) ?? 'en',
    reservations,
    tickets,
    templates,
    sent: new Set(sent.map((row) => row.stay_key)),
  });
}

/** Records the stay's thank-you as sent, unless it already is. */
export async function insertThankYouMark(
  db: Queryable,
  mark: {
    hotelId: string;
    stayKey: string;
    sentAt: string;
    agentId: string;
    ticketId?: string;
    messageId?: string;
  },
): Promise<void> {
  await db.query(
    `insert into post_stay_thanks (hotel_id, stay_key, sent_at, agent_id, ticket_id, message_id)
     values ($1, $2, $3, $4, $5, $6) on conflict (hotel_id, stay_key) do nothing`,
    [mark.hotelId, mark.stayKey, mark.sentAt, mark.agentId, mark.ticketId ?? null, mark.messageId ?? null],
  );
}

/**
 * Ingest's hook: each new staff message written from the post-stay template goes on its
 * conversation's latest ticket (a closed one included) as the question the guest's rating
 * answers, and marks the stay's thank-you sent.
 */
export async function recordThankYouMessages(
  tx: Queryable,
  input: { hotelId: string; agentId: string },
  messages: readonly PlannedMessage[],
  now: string,
): Promise<void> {
  const thanks = messages.filter(
    (m) => m.message.direction === 'outbound' && m.message.templateKind === 'post_stay_thanks',
  );
  const refreshed = [];
  for (const { id, ticketId, message } of thanks) {
    const [row] = await tx.query<TicketFactsRow>(
      `${TICKET_FACTS}
        where hotel_id = $1 and (id = $2 or id = (
          select tc.ticket_id from ticket_conversations tc join tickets t on t.id = tc.ticket_id
           where tc.hotel_id = $1 and tc.channel = $3 and tc.conversation_id = $4
           order by t.created_at desc limit 1))
        order by id = $2 desc limit 1`,
      [input.hotelId, ticketId, message.channel, message.conversationId],
    );
    if (!row) continue;
    if (ticketId === null) {
      await tx.query('update messages set ticket_id = $2, asks_csat = true where id = $1', [id, row.id]);
      refreshed.push({ ...refreshOf(row.id, false), addedMessages: 1 });
    }
    const stayKey = stayKeyOf(toFacts(row));
    if (!stayKey) continue;
    await insertThankYouMark(tx, {
      hotelId: input.hotelId,
      stayKey,
      sentAt: message.sentAt,
      agentId: input.agentId,
      ticketId: row.id,
      messageId: id,
    });
  }
  await applyTicketChanges(tx, input.hotelId, refreshed, now);
}
