-- Each hotel's reply templates (shared/templates/template-schema.ts ReplyTemplate as jsonb). A
-- hotel gets the starter library once, the first time its templates are used; what it deletes
-- stays deleted.
create table reply_templates (
  hotel_id uuid not null references hotels (id),
  id text not null,
  template jsonb not null,
  updated_at timestamptz not null,
  primary key (hotel_id, id)
);

alter table hotels add column templates_seeded_at timestamptz;
