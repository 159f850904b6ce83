-- 008: how each claim's subject, metric and period were found (their basis): 'clause' (written in the
-- figure's own clause), 'sentence' (elsewhere in its sentence), 'carried' (from an earlier sentence),
-- 'topic' (the article's topic) or 'region' (the document's region, by default); NULL where the claim
-- has none, and for claims stored before this column. The checks report a conflict only between
-- claims whose subject and metric their own sentence states; the views and the export macro show it.
ALTER TABLE claims ADD COLUMN subject_basis VARCHAR;
ALTER TABLE claims ADD COLUMN metric_basis VARCHAR;
ALTER TABLE claims ADD COLUMN period_basis VARCHAR;
COMMENT ON COLUMN claims.subject_basis IS 'how the subject was found: clause, sentence, carried (an earlier sentence), topic (the article''s) or region (the document''s, by default)';
COMMENT ON COLUMN claims.metric_basis IS 'how the metric was found: clause, sentence or carried';
COMMENT ON COLUMN claims.period_basis IS 'how the period was found: clause, sentence or carried';

DROP VIEW claims_view;
CREATE VIEW claims_view AS
SELECT c.claim_id, d.name AS doc, d.source, d.date, d.url, a.headline AS article, c.sentence,
       c.mention, c.start_offset, c.end_offset, c.page, c.value, c.value_high, c.unit, c.qualifier, c.kind,
       c.direction, c.metric, c.metric_key, c.subject, c.place_code, c.period, c.period_start,
       c.period_end, c.aspect, c.subject_basis, c.metric_basis, c.period_basis, c.extractor_version, c.doc_id,
       c.article_id
FROM claims c
JOIN documents d USING (doc_id)
LEFT JOIN articles a USING (article_id);

DROP VIEW claim_evidence;
DROP MACRO TABLE claim_evidence_of;
CREATE MACRO claim_evidence_of(doc_ids) AS TABLE
WITH chosen AS (
    SELECT * FROM claims WHERE doc_ids IS NULL OR doc_id IN (SELECT unnest(doc_ids))
),
links AS (
    SELECT l.claim_id, k.check_id, k.verdict, k.rule, k.explanation_zh, k.explanation_en, k.checked_at
    FROM check_claims l
    JOIN cross_checks k ON k.check_id = l.check_id
    WHERE l.claim_id IN (SELECT claim_id FROM chosen)
),
others AS (
    SELECT l.claim_id, l.check_id,
           coalesce(list(o.claim_id ORDER BY m.position) FILTER (WHERE o.claim_id <> l.claim_id), []) AS other_claim_ids,
           coalesce(list(o.sentence ORDER BY m.position) FILTER (WHERE o.claim_id <> l.claim_id), []) AS other_sentences
    FROM links l
    JOIN check_claims m ON m.check_id = l.check_id
    JOIN claims o ON o.claim_id = m.claim_id
    GROUP BY l.claim_id, l.check_id
),
evidence AS (
    SELECT l.claim_id,
           list(struct_pack(l.check_id, l.rule, l.verdict, l.explanation_zh, l.explanation_en, x.other_claim_ids,
                            x.other_sentences)
                ORDER BY list_position(['conflict', 'unverifiable', 'corroborated', 'consistent'], l.verdict),
                         l.check_id) AS checks,
           max(l.checked_at) AS checked_at
    FROM links l
    JOIN others x ON x.claim_id = l.claim_id AND x.check_id = l.check_id
    GROUP BY l.claim_id
)
SELECT c.claim_id, c.doc_id, d.name AS doc, d.source, d.date, d.url, c.article_id, a.headline, c.sentence,
       c.mention, c.start_offset, c.end_offset, c.page, c.value, c.value_high, c.unit, c.qualifier, c.kind, c.direction,
       c.metric, c.metric_key, c.subject, c.place_code,
       nullif(concat_ws(' > ', p2.name, p1.name, p0.name), '') AS place_chain,
       c.period, c.period_start, c.period_end, c.aspect, c.subject_basis, c.metric_basis, c.period_basis,
       coalesce([x.verdict FOR x IN e.checks], []) AS verdicts,
       coalesce(e.checks, []) AS checks,
       e.checked_at, c.extractor_version
FROM chosen c
JOIN documents d ON d.doc_id = c.doc_id
LEFT JOIN articles a ON a.article_id = c.article_id
LEFT JOIN places p0 ON p0.place_code = c.place_code
LEFT JOIN places p1 ON p1.place_code = p0.parent_code
LEFT JOIN places p2 ON p2.place_code = p1.parent_code
LEFT JOIN evidence e ON e.claim_id = c.claim_id;

CREATE VIEW claim_evidence AS SELECT * FROM claim_evidence_of(NULL::VARCHAR[]);
