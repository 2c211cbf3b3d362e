-- One guest, one record (issue 4). A contact is one platform conversation; it links to one guest,
-- and the link says why (the reservation number, phone or e-mail it shared with the guest's other
-- contacts, a coordinator's hand, or being the guest's first contact). A ticket belongs to a
-- guest, and may hold several of the guest's conversations: a second channel's message joins
-- the guest's open ticket instead of opening another one.

create table guests (
  id uuid primary key,
  hotel_id uuid not null references hotels (id),
  name text,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index guests_by_hotel on guests (hotel_id);

create table guest_links (
  id uuid primary key,
  hotel_id uuid not null references hotels (id),
  guest_id uuid not null references guests (id),
  channel text not null,
  conversation_id text not null,
  reason text not null check (reason in ('first_contact', 'reservation', 'phone', 'email', 'manual')),
  -- The normalised reservation number, E.164 phone or e-mail the link was made on.
  matched_on text,
  -- What this contact has shown of the guest (normalised), matched against new contacts.
  reservation_number text,
  phone text,
  email text,
  created_at timestamptz not null
);
create unique index guest_links_one_per_conversation on guest_links (hotel_id, channel, conversation_id);
create index guest_links_by_guest on guest_links (guest_id);
create index guest_links_by_reservation on guest_links (hotel_id, reservation_number)
  where reservation_number is not null;
create index guest_links_by_phone on guest_links (hotel_id, phone) where phone is not null;
create index guest_links_by_email on guest_links (hotel_id, email) where email is not null;

-- Every conversation whose messages belong to a ticket, the ticket's own included.
create table ticket_conversations (
  ticket_id uuid not null references tickets (id),
  hotel_id uuid not null references hotels (id),
  channel text not null,
  conversation_id text not null,
  primary key (ticket_id, channel, conversation_id)
);
create index ticket_conversations_by_conversation on ticket_conversations (hotel_id, channel, conversation_id);
insert into ticket_conversations (ticket_id, hotel_id, channel, conversation_id)
  select id, hotel_id, channel, conversation_id from tickets;

alter table tickets
  add column guest_id uuid references guests (id),
  add column reservation_number text,
  add column stay_check_in date,
  add column stay_check_out date;
create index tickets_by_guest on tickets (guest_id) where guest_id is not null;
