// A guest with the contacts linked to it and its tickets; a coordinator's merge and unmerge.
import { conversationKey } from '../../shared/message.ts';
import { randomUUID } from 'node:crypto';
import type { GuestDetailResponse, GuestLink } from '../../shared/api-contract.ts';
import type { Database, Queryable } from '../db/database.ts';
import { lockConversations, lockHotelChanges, lockHotelGuests } from './locks.ts';
import { OWNER_JOIN, TICKET_COLUMNS, toTicket, type TicketRow } from './ticket-row.ts';

/** Enough for any real guest's history; the oldest are left off first. */
const MAX_GUEST_TICKETS = 200;

interface LinkRow {
  id: string;
  channel: GuestLink['channel'];
  conversation_id: string;
  reason: GuestLink['reason'];
  matched_on: string | null;
  reservation_number: string | null;
  phone: string | null;
  email: string | null;
  created_at: string;
}

export async function guestDetail(
  db: Queryable,
  hotelId: string,
  guestId: string,
): Promise<GuestDetailResponse | undefined> {
  const [guest] = await db.query<{ id: string; name: string | null; created_at: string; updated_at: string }>(
    'select id, name, created_at, updated_at from guests where hotel_id = $1 and id = $2',
    [hotelId, guestId],
  );
  if (!guest) return undefined;
  const links = await db.query<LinkRow>(
    `select id, channel, conversation_id, reason, matched_on, reservation_number, phone, email, created_at
       from guest_links where hotel_id = $1 and guest_id = $2 order by created_at, id`,
    [hotelId, guestId],
  );
  const tickets = await db.query<TicketRow>(
    `select ${TICKET_COLUMNS} from tickets t ${OWNER_JOIN}
      where t.hotel_id = $1 and t.guest_id = $2 order by t.first_inbound_at desc limit $3`,
    [hotelId, guestId, MAX_GUEST_TICKETS],
  );
  return {
    guest: { id: guest.id, name: guest.name, createdAt: guest.created_at, updatedAt: guest.updated_at },
    links: links.map((row) => ({
      id: row.id,
      channel: row.channel,
      conversationId: row.conversation_id,
      reason: row.reason,
      matchedOn: row.matched_on,
      reservationNumber: row.reservation_number,
      phone: row.phone,
      email: row.email,
      createdAt: row.created_at,
    })),
    tickets: tickets.map(toTicket),
  };
}

export type MergeOutcome =
  | { outcome: 'merged'; guest: GuestDetailResponse }
  | { outcome: 'not_found'; guestId: string }
  | { outcome: 'same_guest' };

/**
 * The other guest's contacts and tickets move to this guest, each link now `manual`, and the
 * other record goes. Tickets are not merged: both keep their record numbers, and while both are
 * open each carries on in its own conversations.
 */
export async function mergeGuests(
  db: Database,
  hotelId: string,
  guestId: string,
  otherGuestId: string,
): Promise<MergeOutcome> {
  if (guestId === otherGuestId) return { outcome: 'same_guest' };
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    await lockHotelGuests(tx, hotelId);
    await lockHotelChanges(tx, hotelId);
    const found = await tx.query<{ id: string; name: string | null }>(
      'select id, name from guests where hotel_id = $1 and id = any($2::uuid[])',
      [hotelId, [guestId, otherGuestId]],
    );
    for (const id of [guestId, otherGuestId]) {
      if (!found.some((g) => g.id === id)) return { outcome: 'not_found', guestId: id };
    }
    await tx.query(
      `update guest_links set guest_id = $2, reason = 'manual', matched_on = null
        where hotel_id = $1 and guest_id = $3`,
      [hotelId, guestId, otherGuestId],
    );
    await moveTickets(tx, hotelId, otherGuestId, guestId, now);
    await tx.query('delete from guests where hotel_id = $1 and id = $2', [hotelId, otherGuestId]);
    await tx.query(
      `update guests set updated_at = $3, name = coalesce(name, $4) where hotel_id = $1 and id = $2`,
      [hotelId, guestId, now, found.find((g) => g.id === otherGuestId)!.name],
    );
    return { outcome: 'merged', guest: (await guestDetail(tx, hotelId, guestId))! };
  });
}

export type UnmergeOutcome =
  | { outcome: 'separated'; guest: GuestDetailResponse; separated: GuestDetailResponse }
  | { outcome: 'not_found' }
  | { outcome: 'only_contact' };

/**
 * The link's contact leaves for a new guest, with the tickets that began in it. It also leaves
 * the guest's tickets it had joined: its next message opens a ticket of its own.
 */
export async function unmergeGuestLink(
  db: Database,
  hotelId: string,
  guestId: string,
  linkId: string,
): Promise<UnmergeOutcome> {
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    const [link] = await tx.query<{ channel: string; conversation_id: string }>(
      'select channel, conversation_id from guest_links where hotel_id = $1 and guest_id = $2 and id = $3',
      [hotelId, guestId, linkId],
    );
    if (!link) return { outcome: 'not_found' };
    await lockConversations(tx, hotelId, [
      conversationKey({ channel: link.channel, conversationId: link.conversation_id }),
    ]);
    await lockHotelGuests(tx, hotelId);
    await lockHotelChanges(tx, hotelId);
    const [current] = await tx.query<{ guest_id: string; others: number }>(
      `select l.guest_id, (select count(*)::int from guest_links o where o.guest_id = l.guest_id and o.id <> l.id) as others
         from guest_links l where l.hotel_id = $1 and l.id = $2`,
      [hotelId, linkId],
    );
    if (!current || current.guest_id !== guestId) return { outcome: 'not_found' };
    if (current.others === 0) return { outcome: 'only_contact' };

    const separatedId = randomUUID();
    await tx.query(
      `insert into guests (id, hotel_id, name, created_at, updated_at)
       select $3, hotel_id, name, $4, $4 from guests where hotel_id = $1 and id = $2`,
      [hotelId, guestId, separatedId, now],
    );
    await tx.query(
      `update guest_links set guest_id = $3, reason = 'manual', matched_on = null where hotel_id = $1 and id = $2`,
      [hotelId, linkId, separatedId],
    );
    await tx.query(
      `delete from ticket_conversations tc using tickets t
        where tc.ticket_id = t.id and tc.hotel_id = $1 and t.guest_id = $2
          and tc.channel = $3 and tc.conversation_id = $4
          and (t.channel <> $3 or t.conversation_id <> $4)`,
      [hotelId, guestId, link.channel, link.conversation_id],
    );
    await moveTickets(tx, hotelId, guestId, separatedId, now, link);
    await tx.query('update guests set updated_at = $3 where hotel_id = $1 and id = $2', [
      hotelId,
      guestId,
      now,
    ]);
    return {
      outcome: 'separated',
      guest: (await guestDetail(tx, hotelId, guestId))!,
      separated: (await guestDetail(tx, hotelId, separatedId))!,
    };
  });
}

/** Moves tickets between guests (only those begun in `conversation` when given), as a change. */
async function moveTickets(
  tx: Queryable,
  hotelId: string,
  fromGuestId: string,
  toGuestId: string,
  now: string,
  conversation?: { channel: string; conversation_id: string },
): Promise<void> {
  await tx.query(
    `update tickets set guest_id = $3, updated_at = $4, change_seq = nextval('ticket_change_seq')
      where hotel_id = $1 and guest_id = $2
        and ($5::text is null or (channel = $5 and conversation_id = $6))`,
    [
      hotelId,
      fromGuestId,
      toGuestId,
      now,
      conversation?.channel ?? null,
      conversation?.conversation_id ?? null,
    ],
  );
}
