// Climbs the escalation ladder of tickets nobody answered in time. Ingest and PATCH already climb
// it for the tickets they touch; this finds the ones whose next tier fell due with nothing
// happening (escalation_next_at is kept on each ticket, so it is one index range). Run by the
// server every minute and before notifications are read, so a reader never misses a tier.
import type { Database } from '../db/database.ts';
import { applyTicketChanges, refreshOf } from './apply-ticket-changes.ts';
import { announceSlaBreaches } from './webhook-events.ts';

/** Returns how many tickets climbed. Only `hotelId`'s tickets when given. */
export async function escalateDueTickets(db: Database, now: Date, hotelId?: string): Promise<number> {
  const at = now.toISOString();
  const hotels = await db.query<{ hotel_id: string }>(
    `select distinct hotel_id from tickets
      where escalation_next_at <= $1 and ($2::uuid is null or hotel_id = $2)`,
    [at, hotelId ?? null],
  );
  let climbed = 0;
  for (const { hotel_id } of hotels) {
    climbed += await db.transaction(async (tx) => {
      // No hotel-wide lock here: applyTicketChanges locks just the due tickets and recomputes
      // them from what is committed, so ingest on the hotel's other tickets never waits on this.
      const due = await tx.query<{ id: string }>(
        'select id from tickets where hotel_id = $1 and escalation_next_at <= $2',
        [hotel_id, at],
      );
      await applyTicketChanges(
        tx,
        hotel_id,
        due.map((row) => refreshOf(row.id, false)),
        at,
      );
      return due.length;
    });
  }
  await announceSlaBreaches(db, now, hotelId);
  return climbed;
}
