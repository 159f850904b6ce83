-- checks_by_verdict: how many verdicts each cross-check rule gave, by verdict.
-- params: none
-- zh: 每条交叉核查规则给出的各类结论数。
-- zh params: 无
SELECT rule, verdict, count(*) AS checks, sum(n_documents) AS documents_involved
FROM cross_checks
GROUP BY rule, verdict
ORDER BY rule, verdict;
