// "Mark sent" on the thank-you-due queue: a thank-you sent outside Konuk's pages is recorded
// like one sent in them, as a staff message through ingest (the filled template is its text),
// so it lands on the guest's ticket as the question their 1-5 answer closes.
import type { ThankYouSentResponse } from '../../shared/reservation-contract.ts';
import type { Database, Queryable } from '../db/database.ts';
import { ingestBatch } from './ingest-repository.ts';
import { insertThankYouMark, thankYouDue } from './reservation-thank-you.ts';
import type { AuthContext } from './tenant-repository.ts';

async function sentMark(
  db: Queryable,
  hotelId: string,
  stayKey: string,
): Promise<ThankYouSentResponse | null> {
  const [row] = await db.query<{ sent_at: string; record_number: string | null }>(
    `select p.sent_at, t.record_number from post_stay_thanks p left join tickets t on t.id = p.ticket_id
      where p.hotel_id = $1 and p.stay_key = $2`,
    [hotelId, stayKey],
  );
  return row ? { stayKey, sentAt: row.sent_at, recordNumber: row.record_number } : null;
}

/**
 * Records a thank-you sent outside Konuk's pages; null when the stay is not due one. Sending it
 * again answers the first record.
 */
export async function markThankYouSent(
  db: Database,
  caller: AuthContext,
  stayKey: string,
  now: Date,
): Promise<{ mark: ThankYouSentResponse; created: boolean } | null> {
  const earlier = await sentMark(db, caller.hotel.id, stayKey);
  if (earlier) return { mark: earlier, created: false };
  const item = (await thankYouDue(db, caller, now)).find((due) => due.stayKey === stayKey);
  if (!item) return null;
  if (item.channel && item.conversationId && item.template) {
    await ingestBatch(db, {
      hotelId: caller.hotel.id,
      agentId: caller.agent.id,
      timeZone: caller.hotel.timeZone,
      country: caller.hotel.country,
      messages: [
        {
          channel: item.channel,
          conversationId: item.conversationId,
          platformMessageId: `konuk-thank-you:${stayKey}`,
          direction: 'outbound',
          senderName: caller.agent.name,
          sentAt: now.toISOString(),
          capturedAt: now.toISOString(),
          text: item.template.text,
          templateId: item.template.id,
          templateKind: 'post_stay_thanks',
        },
      ],
    });
  }
  // Without a conversation (a guest known only from the reservation list) there is no ticket
  // for the answer to land on; the mark alone takes the stay off the queue.
  await insertThankYouMark(db, {
    hotelId: caller.hotel.id,
    stayKey,
    sentAt: now.toISOString(),
    agentId: caller.agent.id,
  });
  return { mark: (await sentMark(db, caller.hotel.id, stayKey))!, created: true };
}
