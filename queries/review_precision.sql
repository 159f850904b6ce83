-- review_precision: the extractor's precision on the claims fact-checkers reviewed, per extractor version and field.
-- Each claim counts once per version that read it, by its latest decision: the claim is right unless rejected;
-- on a claim not rejected, a field is right when confirmed or left alone by the correction, wrong when corrected.
-- params: none
-- zh: 按抽取器版本和字段统计、经核查员审核的陈述上的抽取准确率。每条陈述按其最新决定计一次：未被否决即为正确；未被否决的陈述中，确认或更正未改动的字段为正确，被更正的字段为错误。
-- zh params: 无
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
