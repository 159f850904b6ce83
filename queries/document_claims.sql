-- document_claims: all claims of one document, in reading order.
-- params: doc (text) — the document's file name (documents.name), e.g. 002_1789f878ffe380ad.txt
-- zh: 一份文档的全部陈述，按阅读顺序。
-- zh params: $doc（文本）：文档文件名（documents.name），如 002_1789f878ffe380ad.txt
SELECT start_offset, mention, value, value_high, unit, qualifier, kind, metric, subject, period, article, claim_id
FROM claims_view
WHERE doc = $doc
ORDER BY start_offset;
