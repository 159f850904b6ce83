-- metric_over_time: one metric's figures by publication date and period, per subject.
-- params: metric (text) — a metric key, e.g. 暖新驿站
-- zh: 一个指标的数字按发布日期和时期、分主体排列。
-- zh params: $metric（文本）：指标键，如 暖新驿站
SELECT c.subject, d.date, c.period, c.period_start, c.period_end, c.value, c.value_high, c.unit,
       c.qualifier, c.mention, d.name AS document, c.claim_id
FROM claims c
JOIN documents d USING (doc_id)
WHERE c.metric_key = $metric
ORDER BY c.subject, d.date NULLS LAST, c.period_start NULLS LAST, c.start_offset;
