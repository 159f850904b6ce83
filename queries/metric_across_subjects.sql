-- metric_across_subjects: one metric compared across places and organisations (a league table). A metric that is a
-- standard indicator (extract/lexicon/indicators.tsv) brings every claim linked to it, whatever its wording
-- (地区生产总值, GDP, 经济总量), in the indicator's unit; another is found by its metric key.
-- params: metric (text) — an indicator's name, alias or id, a metric key, or any part of a metric key, e.g. 暖心驿站
-- zh: 一个指标在各地、各机构之间的比较（排行榜）。标准指标（如地区生产总值）按指标汇集各种说法的数字，其他按指标键查找。
-- zh params: $metric（文本）：指标名称、别名或编号，指标键或其一部分，如 暖心驿站
WITH named AS (
    SELECT indicator_id, unit FROM indicators
    WHERE indicator_id = $metric OR name = $metric OR list_contains(aliases, $metric)
)
SELECT v.subject, v.metric, i.name AS indicator, v.value, v.value_high, v.unit, v.qualifier, v.period, v.date, v.doc,
       v.claim_id
FROM claims_view v
LEFT JOIN claim_indicators l ON l.claim_id = v.claim_id
LEFT JOIN indicators i ON i.indicator_id = l.indicator_id
WHERE CASE WHEN EXISTS (SELECT 1 FROM named)
           THEN l.indicator_id IN (SELECT indicator_id FROM named) AND v.unit IN (SELECT unit FROM named)
           ELSE v.metric_key = $metric OR v.metric_key LIKE '%' || $metric || '%' END
ORDER BY v.unit, v.value DESC;
