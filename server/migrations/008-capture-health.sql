-- Whether each agent's extension can read each platform's pages: the latest report and counts.
create table capture_health (
  hotel_id uuid not null references hotels (id),
  agent_id uuid not null references agents (id),
  platform text not null,
  ok boolean not null,
  problem text,
  page_url_host text,
  reported_at timestamptz not null,
  reports integer not null default 1,
  problem_reports integer not null default 0,
  last_problem_at timestamptz,
  primary key (agent_id, platform)
);
create index capture_health_by_hotel on capture_health (hotel_id);
