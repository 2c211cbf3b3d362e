// Which public contact's guest each new private contact of a batch is (issue 11): the public
// authors that share its platform account or its full name are read in one statement and
// judged by ../services/public-author-match.ts. Called by guest linking, under the hotel's
// guest lock, for contacts that matched no reservation number, phone or e-mail.
import type { CapturedMessage } from '../../shared/message.ts';
import type { Channel } from '../../shared/taxonomy.ts';
import type { Queryable } from '../db/database.ts';
import {
  matchPublicAuthor,
  privateContacts,
  type PublicAuthor,
  type PublicAuthorMatch,
} from '../services/public-author-match.ts';

interface AuthorRow {
  guest_id: string;
  channel: Channel;
  author_handle: string | null;
  author_key: string | null;
  stay_check_in: string | null;
  stay_check_out: string | null;
}

/** The match of each of `keys` (conversationKeys of new contacts) that has one. */
export async function publicAuthorMatches(
  tx: Queryable,
  hotelId: string,
  messages: readonly CapturedMessage[],
  keys: readonly string[],
): Promise<Map<string, PublicAuthorMatch>> {
  const all = privateContacts(messages);
  const contacts = keys.flatMap((key) => {
    const contact = all.get(key);
    return contact && (contact.handle || contact.nameKey) ? [[key, contact] as const] : [];
  });
  if (contacts.length === 0) return new Map();
  const handles = contacts.filter(([, c]) => c.handle !== null);
  const rows = await tx.query<AuthorRow>(
    `select l.guest_id, a.channel, a.author_handle, a.author_key, a.stay_check_in, a.stay_check_out
       from public_authors a
       join guest_links l
         on l.hotel_id = a.hotel_id and l.channel = a.channel and l.conversation_id = a.conversation_id
      where a.hotel_id = $1
        and ((a.channel, a.author_handle) in (select * from unnest($2::text[], $3::text[]))
             or a.author_key = any($4::text[]))`,
    [
      hotelId,
      handles.map(([, c]) => c.channel),
      handles.map(([, c]) => c.handle),
      contacts.flatMap(([, c]) => (c.nameKey ? [c.nameKey] : [])),
    ],
  );
  const authors: PublicAuthor[] = rows.map((row) => ({
    guestId: row.guest_id,
    channel: row.channel,
    handle: row.author_handle,
    nameKey: row.author_key,
    stay:
      row.stay_check_in && row.stay_check_out
        ? { checkIn: row.stay_check_in, checkOut: row.stay_check_out }
        : null,
  }));
  const matches = new Map<string, PublicAuthorMatch>();
  for (const [key, contact] of contacts) {
    const match = matchPublicAuthor(contact, authors);
    if (match) matches.set(key, match);
  }
  return matches;
}
