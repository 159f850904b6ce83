-- checks_by_verdict: how many verdicts each cross-check rule gave, by verdict.
-- params: none
SELECT rule, verdict, count(*) AS checks, sum(n_documents) AS documents_involved
FROM cross_checks
GROUP BY rule, verdict
ORDER BY rule, verdict;
