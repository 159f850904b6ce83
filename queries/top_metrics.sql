-- top_metrics: the metrics with the most claims, with how many documents and subjects state them.
-- params: limit (integer) — how many rows, e.g. 20
-- zh: 陈述最多的指标，附陈述它们的文档数和主体数。
-- zh params: $limit（整数）：行数，如 20
SELECT metric_key, n_claims, n_documents, n_subjects, surface_forms
FROM metrics_view
ORDER BY n_claims DESC, n_documents DESC, metric_key
LIMIT $limit;
