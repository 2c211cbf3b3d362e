-- The hotel's country (ISO 3166-1 alpha-2): a phone number a page shows in national form
-- ("0532 123 45 67") is read in it. Hotels on the Turkish coast are the default.
alter table hotels add column country text not null default 'TR'
  check (country ~ '^[A-Z]{2}$');
