-- The coordinator's quality loop (issue 9): each week a seeded sample of closed conversations per
-- agent, scored once per ticket on a six-point checklist with a coaching note; and the actions a
-- coordinator records against the month's most frequent problems (problem = topic and root
-- cause), with their owner and due date. Every change to an action or to the sample size is kept
-- with who made it and the values before and after.

alter table hotels
  add column qa_sample_size integer not null default 3 check (qa_sample_size between 1 and 20);

create table qa_scores (
  ticket_id uuid primary key references tickets (id),
  hotel_id uuid not null references hotels (id),
  -- The agent whose conversation it was: the ticket's owner, else its first responder.
  agent_id uuid references agents (id),
  -- When the ticket closed (the sample's week is the week it closed in, in the hotel's zone).
  closed_at timestamptz not null,
  clear boolean not null,
  empathetic boolean not null,
  fix_confirmed boolean not null,
  right_team boolean not null,
  closing_message boolean not null,
  template_fit boolean not null,
  points smallint generated always as (
    clear::int + empathetic::int + fix_confirmed::int + right_team::int + closing_message::int
    + template_fit::int) stored,
  note text not null default '',
  scored_by uuid not null references agents (id),
  scored_at timestamptz not null
);
create index qa_scores_by_closed on qa_scores (hotel_id, closed_at) include (agent_id, points);

create table root_cause_actions (
  id uuid primary key,
  hotel_id uuid not null references hotels (id),
  -- The problem: the topic guests wrote about (null: any) and the root cause found.
  topic text,
  root_cause text not null,
  -- The month (YYYY-MM, hotel's calendar) whose report the action answers: its baseline.
  month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  action text not null,
  owner text not null,
  due_date date not null,
  status text not null default 'open' check (status in ('open', 'done', 'dropped')),
  created_by uuid not null references agents (id),
  created_at timestamptz not null,
  updated_by uuid not null references agents (id),
  updated_at timestamptz not null
);
create index root_cause_actions_by_hotel on root_cause_actions (hotel_id, month);

create table report_changes (
  id uuid primary key,
  hotel_id uuid not null references hotels (id),
  agent_id uuid not null references agents (id),
  -- What changed: 'root_cause_action' (subject_id: the action) or 'qa_settings'.
  subject text not null check (subject in ('root_cause_action', 'qa_settings')),
  subject_id uuid,
  before jsonb,
  after jsonb not null,
  at timestamptz not null
);
create index report_changes_by_subject on report_changes (hotel_id, subject, subject_id, at);
