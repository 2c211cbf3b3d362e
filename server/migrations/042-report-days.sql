-- Reports that cost what the period asked costs (issue 13): each day of a hotel's calendar keeps
-- the facts every report is made of (server/repositories/report-day-facts.ts), so a year reads
-- 365 rows, not a year of tickets. A day is worked out from its tickets and messages the first
-- time a report asks for it, and again after anything on it changed: every statement that
-- writes tickets or messages marks the days it touched, whoever runs it (ingest, a PATCH, the
-- closing answer, the escalation sweep), in the hotel's own calendar.

create table report_days (
  hotel_id uuid not null references hotels (id),
  day date not null,
  -- One column per kind of fact (report-day-facts.ts DayFacts), so a report reads only its own.
  channels jsonb not null,
  teams jsonb not null,
  responders jsonb not null,
  topics jsonb not null,
  total jsonb not null,
  root_causes jsonb not null,
  labels jsonb not null,
  publics jsonb not null,
  closed jsonb not null,
  csat jsonb not null,
  messages jsonb not null,
  computed_at timestamptz not null,
  primary key (hotel_id, day)
);

-- Whole weeks and months of the days above, merged (report-facts-merge.ts): a year is a dozen
-- rows. A unit goes when any of its days is worked out again.
create table report_units (
  hotel_id uuid not null references hotels (id),
  kind text not null check (kind in ('week', 'month')),
  start date not null,
  channels jsonb not null,
  teams jsonb not null,
  responders jsonb not null,
  topics jsonb not null,
  total jsonb not null,
  root_causes jsonb not null,
  labels jsonb not null,
  publics jsonb not null,
  closed jsonb not null,
  csat jsonb not null,
  messages jsonb not null,
  primary key (hotel_id, kind, start)
);

-- Marks are only ever inserted (never upserted), so two writers never wait on each other's mark;
-- a report deletes the marks of the days it works out again.
create table report_dirty_days (
  hotel_id uuid not null,
  day date not null
);
create index report_dirty_days_by_hotel on report_dirty_days (hotel_id, day);

-- The days a ticket counts on: the day its guest first wrote, it closed, its CSAT was answered.
create function report_mark_ticket_days() returns trigger language plpgsql as $$
begin
  insert into report_dirty_days (hotel_id, day)
  select distinct t.hotel_id, (t.at at time zone h.time_zone)::date
    from (select hotel_id, unnest(array[first_inbound_at, closed_at, csat_answered_at]) as at from changed_tickets) t
    join hotels h on h.id = t.hotel_id
   where t.at is not null;
  return null;
end
$$;

create function report_mark_moved_ticket_days() returns trigger language plpgsql as $$
begin
  insert into report_dirty_days (hotel_id, day)
  select distinct t.hotel_id, (t.at at time zone h.time_zone)::date
    from (select hotel_id, unnest(array[first_inbound_at, closed_at, csat_answered_at]) as at from changed_tickets
          union all
          select hotel_id, unnest(array[first_inbound_at, closed_at, csat_answered_at]) from previous_tickets) t
    join hotels h on h.id = t.hotel_id
   where t.at is not null;
  return null;
end
$$;

create trigger tickets_report_days_inserted after insert on tickets
  referencing new table as changed_tickets
  for each statement execute function report_mark_ticket_days();
create trigger tickets_report_days_updated after update on tickets
  referencing old table as previous_tickets new table as changed_tickets
  for each statement execute function report_mark_moved_ticket_days();

create function report_mark_message_days() returns trigger language plpgsql as $$
begin
  insert into report_dirty_days (hotel_id, day)
  select distinct m.hotel_id, (m.sent_at at time zone h.time_zone)::date
    from changed_messages m join hotels h on h.id = m.hotel_id;
  return null;
end
$$;

create trigger messages_report_days_inserted after insert on messages
  referencing new table as changed_messages
  for each statement execute function report_mark_message_days();
create trigger messages_report_days_updated after update on messages
  referencing new table as changed_messages
  for each statement execute function report_mark_message_days();

-- A hotel that moves to another time zone has other days: its cache starts again.
create function report_forget_days() returns trigger language plpgsql as $$
begin
  delete from report_days where hotel_id = new.id;
  delete from report_units where hotel_id = new.id;
  return null;
end
$$;

create trigger hotels_report_days_zone after update of time_zone on hotels
  for each row when (new.time_zone is distinct from old.time_zone)
  execute function report_forget_days();
