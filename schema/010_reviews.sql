-- 010: reviews. A fact-checker's decisions on claims: confirmed (every field right), rejected (no claim, or not
-- this one) or corrected (the fields named set to the values given). Append-only: a later decision on a claim
-- supersedes an earlier one, and both are kept (extract/reviews.py writes rows, never updates or deletes them).
-- Each decision keeps where its claim was (document, source, offsets, mention, sentence), so that it attaches to
-- the claim a re-extraction reads there (review_attachments); one whose claim is gone is orphaned, never dropped.

CREATE SEQUENCE review_numbers START 1;

CREATE TABLE reviews (
    review_id         BIGINT PRIMARY KEY DEFAULT nextval('review_numbers'),  -- decisions in the order made
    claim_id          VARCHAR NOT NULL,      -- the claim decided on, as it was then
    status            VARCHAR NOT NULL CHECK (status IN ('confirmed', 'rejected', 'corrected')),
    corrected_fields  VARCHAR[] NOT NULL,    -- the fields a correction sets ([] unless corrected); NULL values included
    value             DOUBLE,                -- the corrected values, of the fields named in corrected_fields
    value_high        DOUBLE,
    unit              VARCHAR,
    qualifier         VARCHAR,
    kind              VARCHAR,
    metric            VARCHAR,
    subject           VARCHAR,
    period            VARCHAR,
    metric_key        VARCHAR,               -- of a corrected metric, normalised as the extractor normalises
    place_code        VARCHAR,               -- of a corrected subject, when the gazetteer knows it
    reviewer          VARCHAR NOT NULL,
    note              VARCHAR,
    reviewed_at       TIMESTAMP NOT NULL DEFAULT current_timestamp,
    doc_id            VARCHAR NOT NULL,      -- where the claim was, for re-attaching the decision after re-extraction
    source_key        VARCHAR,
    start_offset      INTEGER NOT NULL,
    end_offset        INTEGER NOT NULL,
    mention           VARCHAR NOT NULL,
    sentence          VARCHAR NOT NULL,
    sentence_offset   INTEGER NOT NULL,
    extractor_version VARCHAR NOT NULL       -- the extractor that read the claim decided on (its precision)
);

CREATE INDEX reviews_claim ON reviews (claim_id);

-- Each decision with the stored claim it is attached to now, and how, in this order of preference: 'claim' (the
-- same claim id: same document, offsets and mention), 'span' (the same document and offsets, the mention shown
-- differently), 'sentence' (the same mention in the same sentence of the same document or of the text its source
-- holds now, offsets moved: the one at the nearest place in its sentence), 'overlap' (in the same document, a
-- figure read wider or narrower over the same characters: 约3万元 where 3万元 was read). attached_claim_id is
-- NULL for an orphaned decision.
CREATE VIEW review_attachments AS
WITH candidates AS (
    SELECT r.review_id, c.claim_id, 1 AS preference, 'claim' AS how, 0 AS distance
    FROM reviews r JOIN claims c ON c.claim_id = r.claim_id
    UNION ALL
    SELECT r.review_id, c.claim_id, 2, 'span', 0
    FROM reviews r JOIN claims c ON c.doc_id = r.doc_id AND c.start_offset = r.start_offset AND c.end_offset = r.end_offset
    UNION ALL
    SELECT r.review_id, c.claim_id, 3, 'sentence',
           abs((c.start_offset - c.sentence_offset) - (r.start_offset - r.sentence_offset))
    FROM reviews r JOIN claims c ON c.doc_id = r.doc_id AND c.mention = r.mention AND c.sentence = r.sentence
    UNION ALL
    SELECT r.review_id, c.claim_id, 3, 'sentence',
           abs((c.start_offset - c.sentence_offset) - (r.start_offset - r.sentence_offset))
    FROM reviews r
    JOIN documents d ON d.source_key = r.source_key AND d.doc_id <> r.doc_id
    JOIN claims c ON c.doc_id = d.doc_id AND c.mention = r.mention AND c.sentence = r.sentence
    UNION ALL
    SELECT r.review_id, c.claim_id, 4, 'overlap',
           abs(c.start_offset - r.start_offset) + abs(c.end_offset - r.end_offset)
    FROM reviews r
    JOIN claims c ON c.doc_id = r.doc_id AND c.start_offset < r.end_offset AND r.start_offset < c.end_offset
),
chosen AS (
    SELECT review_id, claim_id, how FROM candidates
    QUALIFY row_number() OVER (PARTITION BY review_id ORDER BY preference, distance, claim_id) = 1
)
SELECT r.*, a.claim_id AS attached_claim_id, a.how AS attached_by
FROM reviews r LEFT JOIN chosen a ON a.review_id = r.review_id;

-- The decision that stands for each stored claim: the latest of those attached to it.
CREATE VIEW current_reviews AS
SELECT * FROM review_attachments WHERE attached_claim_id IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY attached_claim_id ORDER BY review_id DESC) = 1;

-- Every claim with its reviewed fields applied, and its review status (NULL when not reviewed). A corrected
-- metric brings its metric key, a corrected subject its place code (NULL when unknown) and the basis 'review';
-- a corrected period has no dates (they were read from the old one). The checks read this view and leave out
-- the rejected claims.
CREATE VIEW reviewed_claims AS
SELECT c.claim_id, c.doc_id, c.article_id, c.start_offset, c.end_offset, c.mention, c.sentence, c.sentence_offset,
       CASE WHEN list_contains(r.corrected_fields, 'value') THEN r.value ELSE c.value END AS value,
       CASE WHEN list_contains(r.corrected_fields, 'value_high') THEN r.value_high ELSE c.value_high END AS value_high,
       CASE WHEN list_contains(r.corrected_fields, 'unit') THEN r.unit ELSE c.unit END AS unit,
       CASE WHEN list_contains(r.corrected_fields, 'qualifier') THEN r.qualifier ELSE c.qualifier END AS qualifier,
       CASE WHEN list_contains(r.corrected_fields, 'kind') THEN r.kind ELSE c.kind END AS kind,
       c.direction,
       CASE WHEN list_contains(r.corrected_fields, 'metric') THEN r.metric ELSE c.metric END AS metric,
       CASE WHEN list_contains(r.corrected_fields, 'metric') THEN r.metric_key ELSE c.metric_key END AS metric_key,
       CASE WHEN list_contains(r.corrected_fields, 'subject') THEN r.subject ELSE c.subject END AS subject,
       CASE WHEN list_contains(r.corrected_fields, 'subject') THEN r.place_code ELSE c.place_code END AS place_code,
       CASE WHEN list_contains(r.corrected_fields, 'period') THEN r.period ELSE c.period END AS period,
       CASE WHEN list_contains(r.corrected_fields, 'period') THEN NULL ELSE c.period_start END AS period_start,
       CASE WHEN list_contains(r.corrected_fields, 'period') THEN NULL ELSE c.period_end END AS period_end,
       c.aspect,
       CASE WHEN list_contains(r.corrected_fields, 'subject') THEN 'review' ELSE c.subject_basis END AS subject_basis,
       CASE WHEN list_contains(r.corrected_fields, 'metric') THEN 'review' ELSE c.metric_basis END AS metric_basis,
       CASE WHEN list_contains(r.corrected_fields, 'period') THEN 'review' ELSE c.period_basis END AS period_basis,
       c.extractor_version, c.page,
       r.status AS review_status, r.review_id, r.reviewer, r.reviewed_at, r.note AS review_note
FROM claims c
LEFT JOIN current_reviews r ON r.attached_claim_id = c.claim_id;

-- The export macro and view gain the review columns: the status, each corrected field (empty unless corrected:
-- the claim's own columns stay what the extractor read), the note, who decided and when. A spreadsheet export
-- edited in these columns is what `claimkb review import` reads back.
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
),
decided AS (
    SELECT * FROM current_reviews WHERE attached_claim_id IN (SELECT claim_id FROM chosen)
)
SELECT c.claim_id, c.doc_id, d.name AS doc, d.source, d.date, d.url, c.article_id, a.headline, c.sentence,
       c.mention, c.start_offset, c.end_offset, c.page, c.value, c.value_high, c.unit, c.qualifier, c.kind, c.direction,
       c.metric, c.metric_key, c.subject, c.place_code,
       nullif(concat_ws(' > ', p2.name, p1.name, p0.name), '') AS place_chain,
       c.period, c.period_start, c.period_end, c.aspect, c.subject_basis, c.metric_basis, c.period_basis,
       coalesce([x.verdict FOR x IN e.checks], []) AS verdicts,
       coalesce(e.checks, []) AS checks,
       e.checked_at, c.extractor_version,
       r.status AS review_status,
       CASE WHEN list_contains(r.corrected_fields, 'value') THEN r.value END AS corrected_value,
       CASE WHEN list_contains(r.corrected_fields, 'value_high') THEN r.value_high END AS corrected_value_high,
       CASE WHEN list_contains(r.corrected_fields, 'unit') THEN r.unit END AS corrected_unit,
       CASE WHEN list_contains(r.corrected_fields, 'qualifier') THEN r.qualifier END AS corrected_qualifier,
       CASE WHEN list_contains(r.corrected_fields, 'kind') THEN r.kind END AS corrected_kind,
       CASE WHEN list_contains(r.corrected_fields, 'metric') THEN r.metric END AS corrected_metric,
       CASE WHEN list_contains(r.corrected_fields, 'subject') THEN r.subject END AS corrected_subject,
       CASE WHEN list_contains(r.corrected_fields, 'period') THEN r.period END AS corrected_period,
       r.note AS review_note, r.reviewer, r.reviewed_at
FROM chosen c
JOIN documents d ON d.doc_id = c.doc_id
LEFT JOIN articles a ON a.article_id = c.article_id
LEFT JOIN places p0 ON p0.place_code = c.place_code
LEFT JOIN places p1 ON p1.place_code = p0.parent_code
LEFT JOIN places p2 ON p2.place_code = p1.parent_code
LEFT JOIN evidence e ON e.claim_id = c.claim_id
LEFT JOIN decided r ON r.attached_claim_id = c.claim_id;

CREATE VIEW claim_evidence AS SELECT * FROM claim_evidence_of(NULL::VARCHAR[]);
