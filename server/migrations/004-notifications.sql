-- Who must hear about a ticket: its escalation reasons (at once) and the tiers it reaches while
-- unanswered. Written under the hotel's change lock, so seq order is commit order per hotel.
create sequence notification_seq;

create table notifications (
  id uuid primary key,
  hotel_id uuid not null references hotels (id),
  ticket_id uuid not null references tickets (id),
  kind text not null check (kind in ('escalation', 'unanswered')),
  notify text not null,
  team text,
  reasons jsonb not null default '[]',
  level integer not null default 0,
  at timestamptz not null,
  created_at timestamptz not null,
  seq bigint not null default nextval('notification_seq')
);
create index notifications_by_hotel on notifications (hotel_id, seq);
