-- SLA engine (issue 3): a ticket keeps when it was not open (shared/sla-status-periods.ts
-- StatusPeriod[]), so a clock can leave out the time it waited for the guest or stood resolved,
-- and every clock it runs (shared/sla-clock.ts SlaClocks) beside the one the badge shows (sla).

alter table tickets
  add column status_periods jsonb not null default '[]',
  add column sla_clocks jsonb;

-- The ISO form JavaScript writes (2026-07-01T10:00:00.000Z), so periods read back the same.
create function konuk_iso_time(value timestamptz) returns text language sql stable as $$
  select to_char(value at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

-- Kept by the database on every change of status, whoever writes it (an agent's PATCH, a guest
-- message reopening the ticket, anything added later), so the history cannot miss a change.
-- The same rule as changeStatusPeriods: the running period ends, a new one starts unless the
-- ticket is open again, both at status_changed_at.
create function tickets_track_status_periods() returns trigger language plpgsql as $$
declare
  changed_at timestamptz := coalesce(new.status_changed_at, now());
  last_index integer := jsonb_array_length(new.status_periods) - 1;
begin
  if tg_op = 'UPDATE' and new.status = old.status then
    return new;
  end if;
  if last_index >= 0 and new.status_periods -> last_index -> 'to' = 'null'::jsonb then
    new.status_periods := jsonb_set(
      new.status_periods,
      array[last_index::text, 'to'],
      to_jsonb(konuk_iso_time(greatest(changed_at, (new.status_periods -> last_index ->> 'from')::timestamptz))));
  end if;
  if new.status <> 'open' then
    new.status_periods := new.status_periods || jsonb_build_array(jsonb_build_object(
      'status', new.status, 'from', konuk_iso_time(changed_at), 'to', null));
  end if;
  return new;
end
$$;

-- Tickets already waiting, resolved or closed: stopped since their last change of status.
update tickets
   set status_periods = jsonb_build_array(jsonb_build_object(
         'status', status, 'from', konuk_iso_time(coalesce(status_changed_at, first_inbound_at)), 'to', null))
 where status <> 'open';

create trigger tickets_status_periods
  before insert or update of status on tickets
  for each row execute function tickets_track_status_periods();
