-- 005: the corpus rules compare the claims of one metric key at a time, and a new document naming a
-- key has all of that key's corpus verdicts worked out again: they replace the stored ones whole (a
-- new figure may settle a conflict as well as start one), found by this column.
ALTER TABLE cross_checks ADD COLUMN metric_key VARCHAR;
COMMENT ON COLUMN cross_checks.metric_key IS 'the metric key a corpus rule compared within (NULL for the article rules); re-checking the key replaces its verdicts';
