-- An agent's own reply templates (issue 14). The hotel's templates are the coordinators'; a
-- frontline agent keeps personal drafts here, listed and suggested to that agent alone.
create table personal_templates (
  agent_id uuid not null references agents (id),
  hotel_id uuid not null references hotels (id),
  id text not null,
  template jsonb not null,
  updated_at timestamptz not null,
  primary key (agent_id, id)
);
