-- Hotels, their agents and API tokens, tickets and messages. Every row that belongs to a hotel
-- carries hotel_id, and every query filters on it: a hotel never sees another hotel's data.

create table hotels (
  id uuid primary key,
  name text not null,
  time_zone text not null default 'Europe/Istanbul',
  -- A SlaPolicy (shared/sla-policy.ts); null means DEFAULT_SLA_POLICY.
  sla_policy jsonb,
  -- The last record number handed out; record numbers count up per hotel without gaps.
  last_record_seq integer not null default 0,
  is_demo boolean not null default false,
  created_at timestamptz not null default now()
);
create unique index hotels_one_demo on hotels (is_demo) where is_demo;

create table agents (
  id uuid primary key,
  hotel_id uuid not null references hotels (id),
  name text not null,
  role text not null default 'frontline'
    check (role in ('frontline', 'coordinator', 'owner', 'supervisor')),
  created_at timestamptz not null default now()
);
create index agents_by_hotel on agents (hotel_id);

-- Only the SHA-256 of a token is kept: a leaked table does not leak working tokens.
create table api_tokens (
  token_hash text primary key,
  agent_id uuid not null references agents (id),
  label text,
  created_at timestamptz not null default now()
);
create index api_tokens_by_agent on api_tokens (agent_id);

-- One global sequence: every ticket change takes the next value, the cursor clients pull with.
create sequence ticket_change_seq;

create table tickets (
  id uuid primary key,
  hotel_id uuid not null references hotels (id),
  -- Assigned at the end of the transaction that opens the ticket, so it is never null once
  -- committed; the allocation waits for the hotel's other writers as briefly as possible.
  record_seq integer,
  record_number text,
  channel text not null,
  conversation_id text not null,
  conversation_title text,
  conversation_url text,
  guest_name text,
  guest_handle text,
  status text not null default 'open' check (status in ('open', 'pending_guest', 'resolved', 'closed')),
  status_changed_at timestamptz,
  stage text,
  topic text,
  priority text not null default 'normal',
  escalation jsonb not null default '[]',
  team text,
  owner_agent_id uuid references agents (id),
  message_count integer not null default 0,
  first_inbound_at timestamptz not null,
  last_inbound_at timestamptz not null,
  last_outbound_at timestamptz,
  first_response_at timestamptz,
  awaiting_since timestamptz,
  sla jsonb not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  closed_at timestamptz,
  change_seq bigint not null default nextval('ticket_change_seq')
);
create unique index tickets_record_number on tickets (hotel_id, record_number);
create unique index tickets_record_seq on tickets (hotel_id, record_seq);
-- The guarantee behind "one ticket per conversation": at most one ticket that is not closed.
create unique index tickets_one_active_per_conversation
  on tickets (hotel_id, channel, conversation_id) where status <> 'closed';
create index tickets_by_conversation on tickets (hotel_id, channel, conversation_id);
create index tickets_changes on tickets (hotel_id, change_seq);

create table messages (
  id uuid primary key,
  hotel_id uuid not null references hotels (id),
  ticket_id uuid references tickets (id),
  agent_id uuid references agents (id),
  -- shared/message.ts messageKey: the idempotency key.
  key text not null,
  channel text not null,
  conversation_id text not null,
  platform_message_id text not null,
  direction text not null check (direction in ('inbound', 'outbound')),
  sender_name text,
  sender_handle text,
  sent_at timestamptz not null,
  captured_at timestamptz not null,
  received_at timestamptz not null,
  text text not null,
  conversation_title text,
  conversation_url text,
  reservation_number text,
  guest_name text,
  stay_check_in date,
  stay_check_out date
);
create unique index messages_key on messages (hotel_id, key);
-- Serves the ticket facts (first/last inbound and outbound) and the ticket's message list.
create index messages_by_ticket on messages (ticket_id, direction, sent_at);
