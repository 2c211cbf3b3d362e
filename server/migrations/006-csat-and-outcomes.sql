-- CSAT and the figures coordinators report on. An outbound message that asks the closing 1-5
-- question is marked; the guest's answer is marked with its score and recorded on the ticket.
alter table messages
  add column asks_csat boolean not null default false,
  add column csat_score smallint check (csat_score between 1 and 5);

alter table tickets
  add column csat_score smallint check (csat_score between 1 and 5),
  add column csat_message_id uuid,
  add column csat_answered_at timestamptz,
  -- The latest closing question still waiting for its answer, and the conversation it was asked in.
  add column csat_asked_at timestamptz,
  add column csat_asked_channel text,
  add column csat_asked_conversation_id text,
  -- When the ticket last became resolved (or closed without being resolved first).
  add column resolved_at timestamptz,
  add column reopen_count integer not null default 0,
  -- The first-response target's due time, kept once the clock moves on to next responses.
  add column first_response_due_at timestamptz;

update tickets set resolved_at = status_changed_at where status in ('resolved', 'closed');
update tickets set first_response_due_at = (sla ->> 'dueAt')::timestamptz
 where sla ->> 'kind' = 'first_response';

create index tickets_by_first_inbound on tickets (hotel_id, first_inbound_at);

-- Each ticket's latest closing question and latest answer, found without reading its messages.
create index messages_csat_questions on messages (ticket_id, sent_at) where asks_csat;
create index messages_csat_answers on messages (ticket_id, sent_at) where csat_score is not null;
