-- claims_by_subject: every claim about a place or organisation, including the places below it
-- (定陶区 also finds 定陶区滨河街道), newest document first.
-- params: subject (text) — a place or organisation name, e.g. 定陶区
-- zh: 关于某地或某机构的全部陈述，含其下级地区（定陶区也找到定陶区滨河街道），最新文档在前。
-- zh params: $subject（文本）：地名或机构名，如 定陶区
SELECT subject, metric, value, value_high, unit, qualifier, kind, period, mention, doc, article, claim_id
FROM claims_view
WHERE subject = $subject OR subject LIKE $subject || '%'
ORDER BY date DESC NULLS LAST, doc, start_offset;
