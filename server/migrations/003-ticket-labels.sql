-- Triage (issue 3): each guest message keeps its classification (with the cues behind it); a
-- ticket keeps its labels, an agent's corrections (which relabelling never overrides) and where
-- it stands on the unanswered-ticket escalation ladder. A hotel may have its own routing rules.

alter table messages add column classification jsonb;

alter table tickets
  add column language text,
  -- A LabelCorrection (shared/classification/classification-schema.ts).
  add column label_correction jsonb,
  add column corrected_team text,
  add column escalation_level integer not null default 0,
  -- When the next tier is reached if nobody answers; the escalation sweep reads this.
  add column escalation_next_at timestamptz;
create index tickets_escalation_due on tickets (escalation_next_at) where escalation_next_at is not null;

-- A RoutingConfig (shared/routing.ts); null means DEFAULT_ROUTING_CONFIG.
alter table hotels add column routing_config jsonb;
