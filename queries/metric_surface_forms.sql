-- metric_surface_forms: each metric key with the ways it is written and those folded into it (a synonym
-- of extract/lexicon/metric_synonyms.tsv, a generic head of metric_generic_heads.tsv: 网格员总数 -> 网格员),
-- to review the folds and extend the lexicons.
-- params: none
-- zh: 每个指标键的各种写法及并入它的写法（metric_synonyms.tsv 的同义词、metric_generic_heads.tsv 的通用中心词：网格员总数 -> 网格员），用于审看合并、扩充词表。
-- zh params: 无
SELECT metric_key, n_claims, surface_forms,
       list_sort(list_filter(surface_forms, lambda form: form <> metric_key)) AS folded_forms
FROM metrics_view
ORDER BY n_claims DESC, metric_key;
