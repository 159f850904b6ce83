-- metric_across_subjects: one metric compared across places and organisations (a league table).
-- params: metric (text) — a metric key or any part of one, e.g. 暖心驿站
SELECT subject, metric, value, value_high, unit, qualifier, period, date, doc, claim_id
FROM claims_view
WHERE metric_key = $metric OR metric_key LIKE '%' || $metric || '%'
ORDER BY unit, value DESC;
