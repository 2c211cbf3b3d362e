-- One message, many reads (shared/message-reads.ts): a second read of a stored message under
-- another key (collapsed then expanded, JSON then DOM) is kept here, pointing at the message it
-- is, so its retries are answered as duplicates at once and the message is stored and counted once.
create table message_reads (
  hotel_id uuid not null references hotels (id),
  key text not null,
  message_id uuid not null references messages (id),
  created_at timestamptz not null default now(),
  primary key (hotel_id, key)
);

-- The reads a new message may be another read of: its conversation, around its send time.
create index messages_by_conversation_time on messages (hotel_id, channel, conversation_id, sent_at);

-- What the message is (shared/message.ts MessageKind); null is text.
alter table messages add column kind text;
