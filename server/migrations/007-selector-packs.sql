-- Selector packs a hotel serves to its extensions (data only), one per platform.
create table selector_packs (
  hotel_id uuid not null references hotels (id),
  platform text not null,
  version text not null,
  selectors jsonb not null,
  updated_by uuid references agents (id),
  updated_at timestamptz not null,
  primary key (hotel_id, platform)
);
