-- conflicts: every conflict the cross-checks found, with the figures and sentences involved.
-- params: none
-- zh: 交叉核查发现的全部矛盾，附涉及的数字和句子。
-- zh params: 无
SELECT k.rule, k.explanation_zh, k.explanation_en, k.expected, k.observed, k.tolerance, k.n_documents,
       list(c.mention ORDER BY l.position) AS mentions,
       list(c.subject ORDER BY l.position) AS subjects,
       list(c.sentence ORDER BY l.position) AS sentences,
       k.check_id, k.claim_ids
FROM cross_checks k
JOIN check_claims l USING (check_id)
JOIN claims c USING (claim_id)
WHERE k.verdict = 'conflict'
GROUP BY ALL
ORDER BY k.rule, k.check_id;
