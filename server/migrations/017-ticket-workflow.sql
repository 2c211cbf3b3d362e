-- Working a ticket to its close (issue 8): the root cause, a complaint's record, a coordinator's
-- reason for closing without a closing message, the compensation offered; a guest message an
-- agent marked "no reply needed"; internal notes and the ticket's history (who changed what,
-- when); teams the hotel adds and who belongs to which; a hotel's compensation limits and
-- root-cause list; every settings change; which notifications an agent acknowledged.

alter table tickets
  add column root_cause text,
  -- A ComplaintRecord (shared/ticket-workflow.ts).
  add column complaint jsonb,
  add column close_reason text check (close_reason in ('duplicate', 'spam', 'guest_unreachable')),
  -- A Compensation (shared/ticket-workflow.ts).
  add column compensation jsonb;
create index tickets_by_owner on tickets (hotel_id, owner_agent_id) where status <> 'closed';
create index tickets_by_team on tickets (hotel_id, team) where status <> 'closed';

alter table messages
  add column no_reply_needed_by uuid references agents (id),
  add column no_reply_needed_at timestamptz;

create table ticket_notes (
  id uuid primary key,
  hotel_id uuid not null references hotels (id),
  ticket_id uuid not null references tickets (id),
  agent_id uuid not null references agents (id),
  text text not null,
  created_at timestamptz not null
);
create index ticket_notes_by_ticket on ticket_notes (ticket_id, created_at);

create sequence ticket_history_seq;
create table ticket_history (
  id uuid primary key,
  hotel_id uuid not null references hotels (id),
  ticket_id uuid not null references tickets (id),
  -- Null: Konuk itself (a guest message reopened it, the closing answer closed it).
  agent_id uuid references agents (id),
  field text not null,
  from_value text,
  to_value text,
  note text,
  at timestamptz not null,
  seq bigint not null default nextval('ticket_history_seq')
);
create index ticket_history_by_ticket on ticket_history (ticket_id, seq);

-- The seven departments of DOMAIN.md need no row; a row names a team (or renames a built-in one).
create table teams (
  hotel_id uuid not null references hotels (id),
  key text not null,
  name text not null,
  primary key (hotel_id, key)
);

create table team_members (
  hotel_id uuid not null references hotels (id),
  team text not null,
  agent_id uuid not null references agents (id),
  lead boolean not null default false,
  primary key (hotel_id, team, agent_id)
);
create index team_members_by_agent on team_members (agent_id);

alter table hotels
  -- A CompensationSettings (shared/hotel-settings.ts); null means the defaults.
  add column compensation_settings jsonb,
  -- A RootCause[] (shared/ticket-workflow.ts); null means the starter list.
  add column root_causes jsonb;

create table settings_changes (
  id uuid primary key,
  hotel_id uuid not null references hotels (id),
  agent_id uuid not null references agents (id),
  sections jsonb not null,
  before jsonb not null,
  after jsonb not null,
  at timestamptz not null
);
create index settings_changes_by_hotel on settings_changes (hotel_id, at);

-- An agent's acknowledgement of a ticket's notifications, up to the latest one they saw.
create table notification_acks (
  agent_id uuid not null references agents (id),
  ticket_id uuid not null references tickets (id),
  seq bigint not null,
  primary key (agent_id, ticket_id)
);
