-- metric_across_subjects: one metric compared across places and organisations (a league table).
-- params: metric (text) — a metric key or any part of one, e.g. 暖心驿站
-- zh: 一个指标在各地、各机构之间的比较（排行榜）。
-- zh params: $metric（文本）：指标键或其一部分，如 暖心驿站
SELECT subject, metric, value, value_high, unit, qualifier, period, date, doc, claim_id
FROM claims_view
WHERE metric_key = $metric OR metric_key LIKE '%' || $metric || '%'
ORDER BY unit, value DESC;
