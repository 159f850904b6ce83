-- checks_per_document: for each document, its claims and the verdicts that involve them.
-- params: none
-- zh: 每份文档的陈述数，以及涉及它们的各类核查结论数。
-- zh params: 无
SELECT d.name AS document, count(DISTINCT c.claim_id) AS claims,
       count(DISTINCT k.check_id) FILTER (WHERE k.verdict = 'consistent') AS consistent,
       count(DISTINCT k.check_id) FILTER (WHERE k.verdict = 'corroborated') AS corroborated,
       count(DISTINCT k.check_id) FILTER (WHERE k.verdict = 'conflict') AS conflicts,
       count(DISTINCT k.check_id) FILTER (WHERE k.verdict = 'unverifiable') AS unverifiable
FROM documents d
LEFT JOIN claims c USING (doc_id)
LEFT JOIN check_claims l ON l.claim_id = c.claim_id
LEFT JOIN cross_checks k ON k.check_id = l.check_id
GROUP BY d.name
ORDER BY conflicts DESC, d.name;
