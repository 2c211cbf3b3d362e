-- Public comments and reviews (issue 11): a message says who could read it, where it was written,
-- the rating it gave on its own scale and the link back to it; a ticket such a message opened or
-- joined is marked public with its latest public source, author, rating and link. Existing rows
-- are private, as every contact before this change was.
alter table messages
  add column visibility text not null default 'private'
    check (visibility in ('public', 'private')),
  add column public_source text,
  add column rating_value real,
  add column rating_out_of smallint,
  add column public_url text,
  add constraint messages_rating_on_its_scale
    check ((rating_value is null) = (rating_out_of is null)
           and (rating_value is null or (rating_value >= 0 and rating_value <= rating_out_of)));

alter table tickets
  add column visibility text not null default 'private'
    check (visibility in ('public', 'private')),
  add column public_source text,
  add column public_author text,
  add column rating_value real,
  add column rating_out_of smallint,
  add column public_url text;

-- Reports count public contacts per source and week.
create index tickets_public_by_source on tickets (hotel_id, public_source, created_at)
  where visibility = 'public';
