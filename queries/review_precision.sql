-- review_precision: the extractor's precision on the claims fact-checkers reviewed, per extractor version and field.
-- Each claim counts once per version that read it, by its latest decision: the claim is right unless rejected;
-- on a claim not rejected, a field is right when confirmed or left alone by the correction, wrong when corrected.
-- params: none
WITH judged AS (
    SELECT * FROM reviews
    QUALIFY row_number() OVER (PARTITION BY claim_id, extractor_version ORDER BY review_id DESC) = 1
),
fields AS (
    SELECT unnest(['value', 'value_high', 'unit', 'qualifier', 'kind', 'metric', 'subject', 'period']) AS field
),
judgements AS (
    SELECT extractor_version, 'claim' AS field, status <> 'rejected' AS correct FROM judged
    UNION ALL
    SELECT j.extractor_version, f.field, NOT list_contains(j.corrected_fields, f.field)
    FROM judged j CROSS JOIN fields f
    WHERE j.status <> 'rejected'
)
SELECT extractor_version, field, count(*) AS reviewed, count(*) FILTER (WHERE correct) AS correct,
       round(count(*) FILTER (WHERE correct) / count(*), 3) AS precision
FROM judgements
GROUP BY extractor_version, field
ORDER BY extractor_version,
         list_position(['claim', 'value', 'value_high', 'unit', 'qualifier', 'kind', 'metric', 'subject', 'period'], field);
