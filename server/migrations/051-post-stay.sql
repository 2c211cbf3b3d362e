-- Post-stay follow-up (issue 9): the reservation list a hotel uploads, and the thank-you sent
-- after each stay (one per stay: a reservation number, or a ticket when there is none).

create table reservations (
  hotel_id uuid not null references hotels (id),
  reservation_number text not null,
  guest_name text,
  phone text,
  email text,
  arrival date not null,
  departure date not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  primary key (hotel_id, reservation_number)
);
create index reservations_by_departure on reservations (hotel_id, departure);
create index tickets_by_check_out on tickets (hotel_id, stay_check_out) where stay_check_out is not null;

create table post_stay_thanks (
  hotel_id uuid not null references hotels (id),
  stay_key text not null,
  sent_at timestamptz not null,
  agent_id uuid references agents (id),
  ticket_id uuid references tickets (id),
  -- The outbound message that carried it, when Konuk saw or recorded one.
  message_id uuid,
  primary key (hotel_id, stay_key)
);
create index tickets_by_reservation on tickets (hotel_id, reservation_number) where reservation_number is not null;
