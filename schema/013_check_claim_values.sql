-- 013: each check keeps the distinct subjects, metric keys and period years of its claims (as read), for the
-- checks list's facets: counting checks per value from check_claims joined with the claims took three distinct
-- counts over every check's claims (235 ms of CPU at a million claims; these arrays: about 20). A check's claims
-- are stored with it and never change under it (a document read again has its checks deleted), so the arrays
-- written with the check stay true. Idempotent: the columns are added once and filled from the claims.
ALTER TABLE cross_checks ADD COLUMN IF NOT EXISTS claim_subjects VARCHAR[];
ALTER TABLE cross_checks ADD COLUMN IF NOT EXISTS claim_metric_keys VARCHAR[];
ALTER TABLE cross_checks ADD COLUMN IF NOT EXISTS claim_years INTEGER[];
COMMENT ON COLUMN cross_checks.claim_subjects IS 'the distinct subjects of its claims, as read (the checks list''s subject facet)';
COMMENT ON COLUMN cross_checks.claim_metric_keys IS 'the distinct metric keys of its claims, as read (the checks list''s metric facet)';
COMMENT ON COLUMN cross_checks.claim_years IS 'the distinct years its claims'' periods end in (the checks list''s year facet)';
UPDATE cross_checks k SET claim_subjects = v.subjects, claim_metric_keys = v.metric_keys, claim_years = v.years
FROM (
    SELECT l.check_id,
           list(DISTINCT c.subject) FILTER (WHERE c.subject IS NOT NULL) AS subjects,
           list(DISTINCT c.metric_key) FILTER (WHERE c.metric_key IS NOT NULL) AS metric_keys,
           list(DISTINCT year(c.period_end)) FILTER (WHERE c.period_end IS NOT NULL) AS years
    FROM check_claims l JOIN claims c ON c.claim_id = l.claim_id
    GROUP BY l.check_id
) v
WHERE v.check_id = k.check_id;
