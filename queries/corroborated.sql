-- corroborated: facts stated alike by several independent documents, most documents first.
-- params: none
-- zh: 多份独立文档一致陈述的事实，文档最多的在前。
-- zh params: 无
SELECT k.group_key, k.n_documents, k.explanation_zh, k.explanation_en,
       list(DISTINCT c.mention) AS mentions, list(DISTINCT d.name) AS documents, k.check_id, k.claim_ids
FROM cross_checks k
JOIN check_claims l USING (check_id)
JOIN claims c USING (claim_id)
JOIN documents d ON d.doc_id = c.doc_id
WHERE k.verdict = 'corroborated'
GROUP BY ALL
ORDER BY k.n_documents DESC, k.group_key;
