-- Webhooks (issue 9): the URLs a hotel registered, and the durable queue of deliveries to them.
-- A delivery row is written in the same transaction as the change it announces (a transactional
-- outbox), so nothing is lost or announced that did not happen; workers in any API process
-- claim due rows with `for update skip locked` and a lease, so no two send one at once.

create table webhooks (
  id uuid primary key,
  hotel_id uuid not null references hotels (id),
  url text not null,
  events text[] not null,
  -- Needed in the clear to sign each delivery; shown once, never listed.
  secret text not null,
  description text,
  active boolean not null default true,
  created_by uuid references agents (id),
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index webhooks_by_hotel on webhooks (hotel_id) where active;

create table webhook_deliveries (
  id uuid primary key default gen_random_uuid(),
  hotel_id uuid not null references hotels (id),
  webhook_id uuid not null references webhooks (id) on delete cascade,
  -- The event's id, the same in every delivery of it and on every attempt.
  event_id uuid not null,
  event text not null,
  -- What the event is about, once: a second announcement of the same thing is not queued.
  dedupe_key text not null,
  -- The exact bytes sent and signed, the same on every attempt.
  body text not null,
  -- Within the transaction that queued it, a later state of the same change replaces the body.
  enqueued_tx bigint not null default txid_current(),
  status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null,
  -- Held by the worker sending it; a worker that died lets it go when the lease runs out.
  leased_until timestamptz,
  lease_id uuid,
  last_status_code integer,
  last_error text,
  created_at timestamptz not null,
  last_attempt_at timestamptz,
  delivered_at timestamptz,
  unique (webhook_id, dedupe_key)
);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';
create index webhook_deliveries_log on webhook_deliveries (webhook_id, created_at desc);
