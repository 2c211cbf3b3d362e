// Transaction-scoped advisory locks (released at commit or rollback). PGlite runs one
// transaction at a time, where they cost nothing; on PostgreSQL they order concurrent writers.
import type { Queryable } from '../db/database.ts';

/**
 * Serialises writers of the same conversations, so two batches can never both find "no open
 * ticket" and open two. Taken in one sorted order, so two batches cannot deadlock.
 */
export async function lockConversations(
  tx: Queryable,
  hotelId: string,
  conversationKeys: readonly string[],
): Promise<void> {
  await tx.query(
    `select pg_advisory_xact_lock(h)
       from (select distinct hashtextextended('konuk.conversation|' || $1 || '|' || k, 0) as h
               from unnest($2::text[]) as k
              order by h) as locks`,
    [hotelId, conversationKeys],
  );
}

/**
 * Serialises the end of a hotel's writing transactions: whoever takes a change_seq holds this
 * until commit, so a client that has seen changeSeq N can never later miss a change below N.
 * Also guards the hotel's record number counter.
 */
export async function lockHotelChanges(tx: Queryable, hotelId: string): Promise<void> {
  await tx.query(`select pg_advisory_xact_lock(hashtextextended('konuk.changes|' || $1, 0))`, [hotelId]);
}

/**
 * Serialises the decisions that tie conversations to guests and guests to tickets (linking a new
 * contact, joining a guest's open ticket, closing or reopening a ticket, merging guests), so two
 * channels of one guest can never both open a ticket. Taken after the conversation locks and
 * before the hotel's change lock, like everything else.
 */
export async function lockHotelGuests(tx: Queryable, hotelId: string): Promise<void> {
  await tx.query(`select pg_advisory_xact_lock(hashtextextended('konuk.guests|' || $1, 0))`, [hotelId]);
}
