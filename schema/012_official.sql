-- 012: official figures, through a catalogue of standard indicators (extract/lexicon/indicators.tsv).
-- A claim links to an indicator through its metric (extract/indicators.py); documents marked official and
-- reference tables loaded with `claimkb official load` feed one set of observations (place x indicator x
-- period x value, with source and release date); the check rule `official` compares the other claims with them.

-- The catalogue, written from the lexicon whenever it changes (extract/official.py), for joins in SQL.
CREATE TABLE indicators (
    indicator_id VARCHAR PRIMARY KEY,
    name         VARCHAR NOT NULL,
    aliases      VARCHAR[] NOT NULL,
    unit         VARCHAR NOT NULL,        -- the base unit of a level (元, 人, 吨, %)
    kind         VARCHAR NOT NULL,        -- the claim kind of a level figure
    aspect       VARCHAR NOT NULL,        -- flow, stock (a level at a point: 年末常住人口) or ratio
    nbs_code     VARCHAR,                 -- the National Bureau of Statistics data portal's code, when verified
    code_years   VARCHAR,                 -- the years that code is valid for
    catalogue    VARCHAR NOT NULL         -- digest of the catalogue file it was written from
);

-- The link of a claim's metric to an indicator is a pure function of (metric, metric key, unit, kind): one row
-- per distinct tuple the claims hold (NULL indicator_id: no link), made again when the catalogue changes.
CREATE TABLE metric_indicators (
    metric       VARCHAR NOT NULL,
    metric_key   VARCHAR NOT NULL,        -- '' for none
    unit         VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL,
    indicator_id VARCHAR,
    catalogue    VARCHAR NOT NULL,
    PRIMARY KEY (metric, metric_key, unit, kind)
);

-- Each claim (as reviewed: a corrected metric links anew) with the indicator it links to.
CREATE VIEW claim_indicators AS
SELECT c.claim_id, m.indicator_id
FROM reviewed_claims c
JOIN metric_indicators m ON m.metric = c.metric AND m.metric_key = coalesce(c.metric_key, '') AND m.unit = c.unit
                        AND m.kind = c.kind
WHERE m.indicator_id IS NOT NULL;

-- Documents marked official, by their source key (kept when the text changes and is ingested again): how says
-- why — 'ingest' (--official), 'record' (a JSONL record's "official": true) or 'source' (its source name is
-- listed as official). A mark stays with its source (a changed file ingested again without --official is still
-- official) until `claimkb remove` or --prune removes the document.
CREATE TABLE official_marks (
    source_key VARCHAR PRIMARY KEY,
    how        VARCHAR NOT NULL,
    marked_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- Rows of reference tables (`claimkb official load`): a figure per place, indicator, measure and period from a
-- source; loading the same row again replaces it (a revised figure replaces the one it revises).
CREATE TABLE official_figures (
    figure_id    VARCHAR PRIMARY KEY,     -- hash of place, indicator, measure, period and source
    place_code   VARCHAR,                 -- division code of the place, when the gazetteer knows it
    place        VARCHAR NOT NULL,        -- as written
    indicator_id VARCHAR NOT NULL,
    metric       VARCHAR NOT NULL,        -- the indicator as written in the table
    measure      VARCHAR NOT NULL CHECK (measure IN ('level', 'change')),  -- a level, or a growth rate
    period       VARCHAR NOT NULL,        -- as written (2023, 2023年, 2023Q1, 2023-06)
    period_start DATE NOT NULL,
    period_end   DATE NOT NULL,
    value        DOUBLE NOT NULL,         -- in the base unit (5481.6 亿元 -> 548160000000 元); signed for a change
    value_text   VARCHAR NOT NULL,        -- the value as written with its unit: its printed precision
    unit         VARCHAR NOT NULL,        -- base unit (元, %, 百分点)
    source       VARCHAR NOT NULL,
    release_date DATE,
    file         VARCHAR NOT NULL,
    line         INTEGER NOT NULL,
    loaded_at    TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- Every claim linked to an indicator, as an observation: its measure (a change is a growth rate or a change in
-- the level, compared as stated; anything else a level), its signed value and the time it is of. A claim of an
-- official document dated only by 全年 or 年末 (in a 2023年…统计公报 published in 2024) is of the year its
-- document's title names. A stock indicator's figure for a whole year is its level at the year's end (2023年常住人口 is
-- 年末常住人口).
CREATE VIEW indicator_claims AS
WITH base AS (
    SELECT c.claim_id, c.doc_id, l.indicator_id, i.aspect, c.place_code, c.subject, c.mention, c.value, c.value_high,
           c.qualifier, c.kind, c.unit, c.direction, c.metric, c.period, c.period_start, c.period_end,
           coalesce(d.source, d.name) AS source, d.date AS release_date, d.name AS doc,
           d.source_key IN (SELECT source_key FROM official_marks) AS official,
           TRY_CAST(regexp_extract(coalesce(d.title, '') || ' ' || left(d.text, 120), '((?:19|20)[0-9]{2})年', 1)
                    AS INTEGER) AS report_year
    FROM reviewed_claims c
    JOIN claim_indicators l ON l.claim_id = c.claim_id
    JOIN indicators i ON i.indicator_id = l.indicator_id
    JOIN documents d ON d.doc_id = c.doc_id
    WHERE c.review_status IS DISTINCT FROM 'rejected'
),
yearly AS (
    -- 全年 and 年末 of an official document are of its title's year, whatever the date it was published on
    SELECT *, official AND report_year IS NOT NULL
              AND (period IS NULL OR period IN ('全年', '年末', '年底', '当年', '本年', '全年全市')) AS of_report_year
    FROM base
),
dated AS (
    SELECT *,
           CASE WHEN of_report_year THEN make_date(report_year, 1, 1) ELSE period_start END AS year_start,
           CASE WHEN of_report_year THEN make_date(report_year, 12, 31) ELSE period_end END AS year_end
    FROM yearly
)
SELECT claim_id, doc_id, indicator_id, place_code, subject, mention, value, value_high, qualifier, kind, unit,
       direction, metric, period, source, release_date, doc, official,
       CASE WHEN kind = 'change' THEN 'change' ELSE 'level' END AS measure,
       CASE WHEN kind = 'change' AND direction = 'decrease' THEN -abs(value) ELSE value END AS signed_value,
       CASE WHEN aspect = 'stock' AND year_start = make_date(year(year_end), 1, 1)
                 AND year_end = make_date(year(year_end), 12, 31) THEN year_end ELSE year_start END AS period_start,
       year_end AS period_end
FROM dated;

-- One set of official observations: the figures of official documents and the rows of reference tables.
CREATE VIEW official_observations AS
SELECT 'document' AS origin, claim_id AS observation_id, indicator_id, place_code, subject AS place, measure,
       period, period_start, period_end, signed_value AS value, mention AS value_text, qualifier, unit, source,
       release_date, doc AS file
FROM indicator_claims
WHERE official AND place_code IS NOT NULL AND period_end IS NOT NULL
UNION ALL
SELECT 'table', figure_id, indicator_id, place_code, place, measure, period, period_start, period_end, value,
       value_text, NULL, unit, source, release_date, file || ':' || line
FROM official_figures;

-- The verdicts of the official rule carry the official figure's source and release date.
ALTER TABLE cross_checks ADD COLUMN official_source VARCHAR;
ALTER TABLE cross_checks ADD COLUMN official_release_date DATE;
COMMENT ON COLUMN cross_checks.official_source IS 'rule official: the source of the official figure (its document or reference table)';
COMMENT ON COLUMN cross_checks.official_release_date IS 'rule official: the release date of the official figure';

-- The export macro and view gain the claim's indicator (with its NBS code) and its standing verdict against the
-- official figure (the latest released), with the official value, source and release date.
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
                ORDER BY list_position(['differs_from_official', 'conflict', 'unverifiable', 'matches_official', 'corroborated', 'consistent'], l.verdict),
                         l.check_id) AS checks,
           max(l.checked_at) AS checked_at
    FROM links l
    JOIN others x ON x.claim_id = l.claim_id AND x.check_id = l.check_id
    GROUP BY l.claim_id
),
decided AS (
    SELECT * FROM current_reviews WHERE attached_claim_id IN (SELECT claim_id FROM chosen)
),
linked AS (
    SELECT claim_id, indicator_id FROM claim_indicators WHERE claim_id IN (SELECT claim_id FROM chosen)
),
official AS (
    SELECT l.claim_id, k.verdict, k.expected, k.official_source, k.official_release_date
    FROM check_claims l JOIN cross_checks k ON k.check_id = l.check_id
    WHERE k.rule = 'official' AND l.position = 0 AND l.claim_id IN (SELECT claim_id FROM chosen)
    QUALIFY row_number() OVER (PARTITION BY l.claim_id ORDER BY k.official_release_date DESC NULLS LAST, k.check_id) = 1
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
       r.note AS review_note, r.reviewer, r.reviewed_at,
       ln.indicator_id, i.name AS indicator, i.nbs_code, o.verdict AS official_verdict, o.expected AS official_value,
       o.official_source, o.official_release_date
FROM chosen c
JOIN documents d ON d.doc_id = c.doc_id
LEFT JOIN articles a ON a.article_id = c.article_id
LEFT JOIN places p0 ON p0.place_code = c.place_code
LEFT JOIN places p1 ON p1.place_code = p0.parent_code
LEFT JOIN places p2 ON p2.place_code = p1.parent_code
LEFT JOIN evidence e ON e.claim_id = c.claim_id
LEFT JOIN decided r ON r.attached_claim_id = c.claim_id
LEFT JOIN linked ln ON ln.claim_id = c.claim_id
LEFT JOIN indicators i ON i.indicator_id = ln.indicator_id
LEFT JOIN official o ON o.claim_id = c.claim_id;


CREATE VIEW claim_evidence AS SELECT * FROM claim_evidence_of(NULL::VARCHAR[]);
