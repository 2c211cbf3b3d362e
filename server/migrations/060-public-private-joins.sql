-- A public contact's later private conversation joins its record (issue 11). The author of a
-- public comment or review is remembered with what the page showed of them (a platform account,
-- a full name, a reservation number, stay dates or the month of the stay), so a later DM, e-mail
-- or Booking.com message can be matched to them: by the same account, by name together with the
-- stay, or by a coordinator's link. A common name alone never matches.

create table public_authors (
  hotel_id uuid not null references hotels (id),
  -- The public contact: one comment thread or review.
  channel text not null,
  conversation_id text not null,
  -- The platform account (an Instagram or Facebook handle), matched on the same channel only.
  author_handle text,
  -- The author's full name, folded (lower case, no accents, single spaces); null for one word.
  author_key text,
  reservation_number text,
  stay_check_in date,
  stay_check_out date,
  -- 'YYYY-MM' when the page names only the month of the stay (TripAdvisor, HolidayCheck).
  stay_month text check (stay_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  seen_at timestamptz not null,
  primary key (hotel_id, channel, conversation_id)
);
create index public_authors_by_handle on public_authors (hotel_id, channel, author_handle)
  where author_handle is not null;
create index public_authors_by_name on public_authors (hotel_id, author_key) where author_key is not null;

-- Why a contact joined its guest: the new reasons say how a private contact found a public one.
alter table guest_links drop constraint guest_links_reason_check;
alter table guest_links add constraint guest_links_reason_check
  check (reason in ('first_contact', 'reservation', 'phone', 'email', 'manual',
                    'same_account', 'name_and_stay', 'public_link'));

-- What the public-contacts report reads of a ticket: whether a public comment or review opened
-- it, and the guest's first private message written after their first public one (when, on which
-- channel, and why that conversation joined).
alter table tickets
  add column started_public boolean not null default false,
  add column private_joined_at timestamptz,
  add column private_join_channel text,
  add column private_join_reason text;
create index tickets_started_public on tickets (hotel_id, created_at) where started_public;
