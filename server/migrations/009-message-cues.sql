-- A guest message's classification cues apart from its labels: relabelling a ticket reads the
-- labels of all its guest messages on every change, the cues only when an agent looks.
alter table messages add column classification_cues jsonb;
