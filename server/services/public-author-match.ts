// Finds the public contact (a comment's or review's author) a new private contact is (issue 11),
// without touching the database. Two kinds of evidence join them on their own:
// - the same platform account: a DM from the Instagram account that wrote the comment;
// - the same full name together with overlapping stay dates, both known to the day.
// A name alone never joins, however rare it looks; nor does a name with only the month of the
// stay (TripAdvisor, HolidayCheck print no days), because two guests of the same common name
// stay in the same month of a 400-room resort. Those are a coordinator's link to make. When two
// guests fit, nothing joins: the evidence cannot tell them apart.
// Reservation numbers, phones and e-mail addresses are matched by guest linking itself.
import { conversationKey, type CapturedMessage, type StayDates } from '../../shared/message.ts';
import { foldText } from '../../shared/classification/normalize-text.ts';
import type { Channel } from '../../shared/taxonomy.ts';

/** What a public contact showed of its author, with the guest it is linked to. */
export interface PublicAuthor {
  guestId: string;
  channel: Channel;
  handle: string | null;
  nameKey: string | null;
  stay: StayDates | null;
}

/** What a new private contact's guest messages show of the guest. */
export interface PrivateContact {
  channel: Channel;
  handle: string | null;
  nameKey: string | null;
  stay: StayDates | null;
}

export interface PublicAuthorMatch {
  guestId: string;
  reason: 'same_account' | 'name_and_stay';
  /** What matched, for the link's record: the account, or the name and the stay. */
  matchedOn: string;
}

/** "@Deniz.K" and "deniz.k" are one account; anything else that is no handle gives null. */
export function normaliseHandle(handle: string | null | undefined): string | null {
  const bare = handle?.trim().replace(/^@/, '').toLowerCase() ?? '';
  return /^[a-z0-9._]{1,50}$/.test(bare) ? bare : null;
}

/** A full name folded for comparison ("Müller, Sabine" and "sabine muller" differ: order counts). */
export function authorNameKey(name: string | null | undefined): string | null {
  const words = foldText(name ?? '').match(/\p{L}+/gu) ?? [];
  // One word ("Sabine", "MarkusW1985" reads as "markusw") is no full name.
  return words.length >= 2 ? words.join(' ') : null;
}

function staysOverlap(a: StayDates, b: StayDates): boolean {
  return a.checkIn <= b.checkOut && b.checkIn <= a.checkOut;
}

/** The facts of each new conversation's guest messages in the batch, by conversationKey. */
export function privateContacts(messages: readonly CapturedMessage[]): Map<string, PrivateContact> {
  const contacts = new Map<string, PrivateContact>();
  for (const m of messages) {
    if (m.direction !== 'inbound' || m.visibility === 'public') continue;
    const key = conversationKey(m);
    const known = contacts.get(key);
    contacts.set(key, {
      channel: m.channel,
      handle: known?.handle ?? normaliseHandle(m.senderHandle),
      nameKey: known?.nameKey ?? authorNameKey(m.guestName ?? m.senderName),
      stay: m.stay ?? known?.stay ?? null,
    });
  }
  return contacts;
}

function onlyGuest(
  authors: readonly PublicAuthor[],
  reason: PublicAuthorMatch['reason'],
  matchedOn: string,
): PublicAuthorMatch | null {
  const guests = new Set(authors.map((a) => a.guestId));
  if (guests.size !== 1) return null;
  return { guestId: [...guests][0]!, reason, matchedOn };
}

export function matchPublicAuthor(
  contact: PrivateContact,
  authors: readonly PublicAuthor[],
): PublicAuthorMatch | null {
  if (contact.handle) {
    const sameAccount = authors.filter((a) => a.channel === contact.channel && a.handle === contact.handle);
    const match = onlyGuest(sameAccount, 'same_account', `@${contact.handle}`);
    if (match || sameAccount.length > 0) return match;
  }
  const stay = contact.stay;
  if (!contact.nameKey || !stay) return null;
  const named = authors.filter(
    (a) => a.nameKey === contact.nameKey && a.stay !== null && staysOverlap(a.stay, stay),
  );
  return onlyGuest(named, 'name_and_stay', `${contact.nameKey} · ${stay.checkIn}/${stay.checkOut}`);
}
