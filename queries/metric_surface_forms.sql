-- metric_surface_forms: each metric key with the ways it is written and those folded into it (a synonym
-- of extract/lexicon/metric_synonyms.tsv, a generic head of metric_generic_heads.tsv: 网格员总数 -> 网格员),
-- to review the folds and extend the lexicons.
-- params: none
SELECT metric_key, n_claims, surface_forms,
       list_sort(list_filter(surface_forms, lambda form: form <> metric_key)) AS folded_forms
FROM metrics_view
ORDER BY n_claims DESC, metric_key;
