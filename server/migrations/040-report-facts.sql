-- Reports over time (issue 9) that cost what the period asked costs (issue 13). Two facts the
-- reports need are kept by the database on every write, whoever writes (ingest, a PATCH, the
-- closing answer): who sent a ticket's first response, and what the classifier had said before
-- an agent corrected a label. Covering indexes let every report read one period's rows from an
-- index alone, never the hotel's whole history.

alter table tickets
  -- The agent whose message was the ticket's first response (messages.agent_id).
  add column first_response_agent_id uuid references agents (id),
  -- {"topic": ..., "stage": ..., "priority": ...}: the label each field had when an agent first
  -- corrected it, so the correction rate per label can say what was corrected.
  add column classified_labels jsonb;

create function tickets_track_first_responder() returns trigger language plpgsql as $$
begin
  if new.first_response_at is null then
    new.first_response_agent_id := null;
  elsif tg_op = 'INSERT' or new.first_response_at is distinct from old.first_response_at then
    -- On insert a row may bring its own (a bulk load whose messages come after it).
    new.first_response_agent_id := coalesce(
      (select m.agent_id from messages m
        where m.ticket_id = new.id and m.direction = 'outbound' and m.sent_at = new.first_response_at
        order by m.agent_id nulls last limit 1),
      case when tg_op = 'INSERT' then new.first_response_agent_id end);
  end if;
  return new;
end
$$;

create trigger tickets_first_responder
  before insert or update of first_response_at on tickets
  for each row execute function tickets_track_first_responder();

-- The label a field had when an agent first corrected it: the ticket's label at that moment, as
-- ticket-repository.ts writes the correction before the ticket is labelled again.
create function tickets_keep_classified_labels() returns trigger language plpgsql as $$
declare
  field text;
  machine text;
begin
  foreach field in array array['topic', 'stage', 'priority'] loop
    if coalesce(new.label_correction ? field, false)
       and not coalesce(old.label_correction ? field, false)
       and not coalesce(new.classified_labels ? field, false) then
      machine := case field when 'topic' then old.topic when 'stage' then old.stage else old.priority end;
      new.classified_labels := coalesce(new.classified_labels, '{}'::jsonb) || jsonb_build_object(field, machine);
    end if;
  end loop;
  return new;
end
$$;

create trigger tickets_classified_labels
  before update of label_correction on tickets
  for each row when (new.label_correction is distinct from old.label_correction)
  execute function tickets_keep_classified_labels();

-- Tickets answered and corrected before this migration: their first outbound message's agent,
-- and the label their first classified guest message had.
update tickets t
   set first_response_agent_id = (select m.agent_id from messages m
                                    where m.ticket_id = t.id and m.direction = 'outbound'
                                      and m.sent_at = t.first_response_at
                                    order by m.agent_id nulls last limit 1)
 where t.first_response_at is not null;

update tickets t
   set classified_labels = (
         select jsonb_strip_nulls(jsonb_build_object(
                  'topic', case when t.label_correction ? 'topic' then m.classification ->> 'topic' end,
                  'stage', case when t.label_correction ? 'stage' then m.classification ->> 'stage' end,
                  'priority', case when t.label_correction ? 'priority' then m.classification ->> 'priority' end))
           from messages m
          where m.ticket_id = t.id and m.direction = 'inbound' and m.classification is not null
          order by m.sent_at limit 1)
 where t.label_correction is not null;

-- Tickets opened in a period, with every column the period reports group and measure by; it
-- also serves what tickets_by_first_inbound served.
create index tickets_report_opened on tickets (hotel_id, first_inbound_at)
  include (channel, topic, stage, priority, team, status, first_response_at, first_response_due_at,
           first_response_agent_id, owner_agent_id, resolved_at, reopen_count, escalation, root_cause,
           close_reason);
drop index if exists tickets_by_first_inbound;

-- Tickets closed in a period (per agent and team), CSAT answers given in one, corrected labels
-- and public contacts of one: each a small part of the hotel's tickets.
create index tickets_report_closed on tickets (hotel_id, closed_at)
  include (owner_agent_id, first_response_agent_id, team, status)
  where closed_at is not null;
create index tickets_report_csat on tickets (hotel_id, csat_answered_at)
  include (csat_score, topic, team, owner_agent_id, first_response_agent_id)
  where csat_answered_at is not null;
create index tickets_report_corrected on tickets (hotel_id, first_inbound_at)
  include (label_correction, classified_labels, topic, stage, priority)
  where label_correction is not null;
create index tickets_report_public on tickets (hotel_id, first_inbound_at)
  include (public_source, rating_value, rating_out_of, status, resolved_at)
  where visibility = 'public';

-- Guest messages seen in a period, and those that owed no reply (the summary's counts).
create index messages_report_inbound on messages (hotel_id, sent_at)
  include (channel, ticket_id, no_reply_needed_at)
  where direction = 'inbound';
create index messages_report_no_reply_owed on messages (hotel_id, sent_at)
  include (no_reply_needed_at)
  where direction = 'inbound' and (classification ->> 'replyOwed') = 'false';
