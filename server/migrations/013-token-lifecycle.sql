-- Tokens can be listed (by id, never by hash), revoked and given an expiry (issue 14).
alter table api_tokens add column id uuid not null default gen_random_uuid();
alter table api_tokens add column expires_at timestamptz;
alter table api_tokens add column revoked_at timestamptz;
create unique index api_tokens_by_id on api_tokens (id);
