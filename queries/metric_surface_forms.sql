-- metric_surface_forms: each metric key with the ways it is written, to extend the synonym lexicon
-- (extract/lexicon/metric_synonyms.tsv).
-- params: none
SELECT metric_key, n_claims, surface_forms
FROM metrics_view
ORDER BY n_claims DESC, metric_key;
