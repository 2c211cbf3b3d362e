// Ties each conversation a guest writes in (a contact) to one guest record. A new contact joins
// the guest it shares a reservation number with, else a phone number, else an e-mail address
// (the most recently active such guest when several do), else the public contact whose author
// it is (issue 11: ./public-author-links.ts), and otherwise starts a new guest. A
// contact, once linked, stays with its guest: later messages only add identifiers it had not
// shown, and only a coordinator moves it (merge, unmerge). Two guests that later turn out to
// share an identifier are not merged automatically: that is a coordinator's call.
import type { PhoneRegion } from '../../shared/phone-number.ts';
import { randomUUID } from 'node:crypto';
import type { GuestLinkReason } from '../../shared/api-contract.ts';
import { conversationKey, type CapturedMessage } from '../../shared/message.ts';
import type { Queryable } from '../db/database.ts';
import { publicAuthorMatches } from './public-author-links.ts';
import {
  identifiersOf,
  mergeIdentifiers,
  NO_IDENTIFIERS,
  sameIdentifiers,
  type GuestIdentifiers,
} from '../services/guest-identifiers.ts';

export interface ContactLink {
  guestId: string;
  identifiers: GuestIdentifiers;
}

interface LinkRow {
  channel: string;
  conversation_id: string;
  guest_id: string;
  reservation_number: string | null;
  phone: string | null;
  email: string | null;
}

const toIdentifiers = (row: Pick<LinkRow, 'reservation_number' | 'phone' | 'email'>): GuestIdentifiers => ({
  reservationNumber: row.reservation_number,
  phone: row.phone,
  email: row.email,
});

/** The links of the given conversations, by conversationKey. */
export async function contactLinks(
  tx: Queryable,
  hotelId: string,
  conversations: readonly { channel: string; conversationId: string }[],
): Promise<Map<string, ContactLink>> {
  const rows = await tx.query<LinkRow>(
    `select l.channel, l.conversation_id, l.guest_id, l.reservation_number, l.phone, l.email
       from guest_links l
       join (select distinct * from unnest($2::text[], $3::text[])) as c (channel, conversation_id)
         on l.channel = c.channel and l.conversation_id = c.conversation_id
      where l.hotel_id = $1`,
    [hotelId, conversations.map((c) => c.channel), conversations.map((c) => c.conversationId)],
  );
  return new Map(
    rows.map((row) => [
      conversationKey({ channel: row.channel, conversationId: row.conversation_id }),
      { guestId: row.guest_id, identifiers: toIdentifiers(row) },
    ]),
  );
}

/** What each conversation's guest messages in `messages` show, by conversationKey. */
export function shownIdentifiers(
  messages: readonly CapturedMessage[],
  region?: PhoneRegion,
): Map<string, GuestIdentifiers> {
  const shown = new Map<string, GuestIdentifiers>();
  for (const message of messages) {
    if (message.direction !== 'inbound') continue;
    const key = conversationKey(message);
    shown.set(key, mergeIdentifiers(shown.get(key) ?? NO_IDENTIFIERS, identifiersOf(message, region)));
  }
  return shown;
}

/** Whether linking would change anything: a new contact, or an identifier a link lacks. */
export function linkingNeeded(
  shown: ReadonlyMap<string, GuestIdentifiers>,
  links: ReadonlyMap<string, ContactLink>,
): boolean {
  for (const [key, identifiers] of shown) {
    const link = links.get(key);
    if (!link || !sameIdentifiers(link.identifiers, mergeIdentifiers(link.identifiers, identifiers))) {
      return true;
    }
  }
  return false;
}

interface Candidate {
  guestId: string;
  identifiers: GuestIdentifiers;
  activeAt: string;
}

const MATCH_ORDER = [
  ['reservationNumber', 'reservation'],
  ['phone', 'phone'],
  ['email', 'email'],
] as const satisfies readonly (readonly [keyof GuestIdentifiers, GuestLinkReason])[];

function bestMatch(
  identifiers: GuestIdentifiers,
  candidates: readonly Candidate[],
): { guestId: string; reason: GuestLinkReason; matchedOn: string } | null {
  for (const [field, reason] of MATCH_ORDER) {
    const value = identifiers[field];
    if (value === null) continue;
    const found = candidates
      .filter((c) => c.identifiers[field] === value)
      .sort((a, b) => (a.activeAt < b.activeAt ? 1 : a.activeAt > b.activeAt ? -1 : 0))[0];
    if (found) return { guestId: found.guestId, reason, matchedOn: value };
  }
  return null;
}

/**
 * Links the batch's new contacts and records identifiers existing links lacked; returns every
 * batch conversation's guest. Call under lockHotelGuests, with `links` read under it.
 */
export async function linkContacts(
  tx: Queryable,
  hotelId: string,
  messages: readonly CapturedMessage[],
  links: ReadonlyMap<string, ContactLink>,
  now: string,
  region?: PhoneRegion,
): Promise<Map<string, string>> {
  const shown = shownIdentifiers(messages, region);
  const guestOf = new Map([...links].map(([key, link]) => [key, link.guestId]));
  const updated: { key: string; identifiers: GuestIdentifiers }[] = [];
  const fresh: { key: string; identifiers: GuestIdentifiers; first: CapturedMessage }[] = [];
  for (const [key, identifiers] of shown) {
    const link = links.get(key);
    if (link) {
      const merged = mergeIdentifiers(link.identifiers, identifiers);
      if (!sameIdentifiers(merged, link.identifiers)) updated.push({ key, identifiers: merged });
    } else {
      fresh.push({ key, identifiers, first: messages.find((m) => conversationKey(m) === key)! });
    }
  }
  await updateLinkIdentifiers(tx, hotelId, updated);
  if (fresh.length === 0) return guestOf;

  const candidates = await candidatesSharing(
    tx,
    hotelId,
    fresh.map((f) => f.identifiers),
  );
  // Issue 11: a private contact with no shared identifier may be a public contact's author.
  const publicMatches = await publicAuthorMatches(
    tx,
    hotelId,
    messages,
    fresh.map((f) => f.key),
  );
  const newGuests: { id: string; name: string | null }[] = [];
  const newLinks: Record<string, unknown>[] = [];
  for (const contact of fresh) {
    const match = bestMatch(contact.identifiers, candidates) ?? publicMatches.get(contact.key) ?? null;
    const guestId = match?.guestId ?? randomUUID();
    if (!match)
      newGuests.push({ id: guestId, name: contact.first.guestName ?? contact.first.senderName ?? null });
    guestOf.set(contact.key, guestId);
    // A contact linked earlier in this batch is the most recently active candidate.
    candidates.push({ guestId, identifiers: contact.identifiers, activeAt: '9999' });
    newLinks.push({
      id: randomUUID(),
      guest_id: guestId,
      channel: contact.first.channel,
      conversation_id: contact.first.conversationId,
      reason: match?.reason ?? 'first_contact',
      matched_on: match?.matchedOn ?? null,
      reservation_number: contact.identifiers.reservationNumber,
      phone: contact.identifiers.phone,
      email: contact.identifiers.email,
    });
  }
  await tx.query(
    `insert into guests (id, hotel_id, name, created_at, updated_at)
     select g.id, $1, g.name, $2, $2 from jsonb_to_recordset($3::jsonb) as g (id uuid, name text)`,
    [hotelId, now, JSON.stringify(newGuests)],
  );
  await tx.query(
    `insert into guest_links (id, hotel_id, guest_id, channel, conversation_id, reason, matched_on,
                              reservation_number, phone, email, created_at)
     select l.id, $1, l.guest_id, l.channel, l.conversation_id, l.reason, l.matched_on,
            l.reservation_number, l.phone, l.email, $2
       from jsonb_to_recordset($3::jsonb) as l (id uuid, guest_id uuid, channel text,
            conversation_id text, reason text, matched_on text, reservation_number text, phone text, email text)`,
    [hotelId, now, JSON.stringify(newLinks)],
  );
  await tx.query('update guests set updated_at = $2 where hotel_id = $1 and id = any($3::uuid[])', [
    hotelId,
    now,
    [...new Set(newLinks.map((l) => l.guest_id as string))],
  ]);
  return guestOf;
}

async function updateLinkIdentifiers(
  tx: Queryable,
  hotelId: string,
  updated: readonly { key: string; identifiers: GuestIdentifiers }[],
): Promise<void> {
  if (updated.length === 0) return;
  await tx.query(
    `update guest_links l set reservation_number = u.reservation_number, phone = u.phone, email = u.email
       from jsonb_to_recordset($2::jsonb) as u (channel text, conversation_id text,
            reservation_number text, phone text, email text)
      where l.hotel_id = $1 and l.channel = u.channel and l.conversation_id = u.conversation_id`,
    [
      hotelId,
      JSON.stringify(
        updated.map(({ key, identifiers }) => ({
          // A channel never contains "|"; a conversation id may.
          channel: key.slice(0, key.indexOf('|')),
          conversation_id: key.slice(key.indexOf('|') + 1),
          reservation_number: identifiers.reservationNumber,
          phone: identifiers.phone,
          email: identifiers.email,
        })),
      ),
    ],
  );
}

async function candidatesSharing(
  tx: Queryable,
  hotelId: string,
  wanted: readonly GuestIdentifiers[],
): Promise<Candidate[]> {
  const values = (field: keyof GuestIdentifiers) =>
    wanted.map((w) => w[field]).filter((v): v is string => v !== null);
  const rows = await tx.query<LinkRow & { updated_at: string }>(
    `select l.guest_id, l.reservation_number, l.phone, l.email, g.updated_at
       from guest_links l join guests g on g.id = l.guest_id
      where l.hotel_id = $1
        and (l.reservation_number = any($2::text[]) or l.phone = any($3::text[]) or l.email = any($4::text[]))`,
    [hotelId, values('reservationNumber'), values('phone'), values('email')],
  );
  return rows.map((row) => ({
    guestId: row.guest_id,
    identifiers: toIdentifiers(row),
    activeAt: row.updated_at,
  }));
}
