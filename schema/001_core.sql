-- 001_core: documents, articles and claims, with provenance on every row.
-- Released migrations are never edited; a change comes as the next numbered file.

CREATE TABLE documents (
    doc_id            VARCHAR PRIMARY KEY,   -- SHA-256 of the decoded text
    source_key        VARCHAR NOT NULL UNIQUE, -- path, or path:line for a JSONL article: re-ingesting it replaces the document
    name              VARCHAR NOT NULL,      -- file name (file name:line for JSONL)
    path              VARCHAR,
    source            VARCHAR,               -- publication or collection name (--source, JSONL "source")
    title             VARCHAR,
    date              DATE,                  -- publication date
    url               VARCHAR,
    region            VARCHAR,               -- publishing place, for 我市 / 全市
    encoding          VARCHAR,
    n_chars           INTEGER NOT NULL,
    text              VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    ingested_at       TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE TABLE articles (
    article_id    VARCHAR PRIMARY KEY,       -- doc_id prefix : article index
    doc_id        VARCHAR NOT NULL,
    article_index INTEGER NOT NULL,
    headline      VARCHAR,
    subtitle      VARCHAR,
    byline        VARCHAR,
    start_offset  INTEGER NOT NULL,          -- character offsets into documents.text
    end_offset    INTEGER NOT NULL,
    n_paragraphs  INTEGER NOT NULL,
    n_sentences   INTEGER NOT NULL
);

CREATE TABLE claims (
    claim_id          VARCHAR PRIMARY KEY,   -- hash of doc_id, offsets and mention: stable across runs
    doc_id            VARCHAR NOT NULL,
    article_id        VARCHAR NOT NULL,
    start_offset      INTEGER NOT NULL,      -- the mention: documents.text[start_offset:end_offset]
    end_offset        INTEGER NOT NULL,
    mention           VARCHAR NOT NULL,
    sentence          VARCHAR NOT NULL,
    sentence_offset   INTEGER NOT NULL,
    value             DOUBLE NOT NULL,       -- scale applied (6.7万 -> 67000); lower bound of a range
    value_high        DOUBLE,                -- upper bound of a range
    unit              VARCHAR NOT NULL,      -- 元, 个, %, 元/斤 …
    qualifier         VARCHAR,               -- approx over under range
    kind              VARCHAR NOT NULL,      -- count money percent measure change rate duration age
    direction         VARCHAR,               -- increase / decrease, for changes
    metric            VARCHAR,               -- what is counted, as written
    metric_key        VARCHAR,               -- normalised metric, for comparing across articles
    subject           VARCHAR,               -- place or organisation the figure is about
    place_code        VARCHAR,               -- division code of the subject (or of its county)
    period            VARCHAR,               -- time phrase as written
    period_start      DATE,
    period_end        DATE,
    extractor_version VARCHAR NOT NULL
);

CREATE INDEX claims_doc ON claims (doc_id);
CREATE INDEX claims_metric ON claims (metric_key);
CREATE INDEX claims_subject ON claims (subject);
CREATE INDEX articles_doc ON articles (doc_id);

-- Claims with their document and article, the view analysts start from.
CREATE VIEW claims_view AS
SELECT c.claim_id, d.name AS doc, d.source, d.date, d.url, a.headline AS article, c.sentence,
       c.mention, c.start_offset, c.end_offset, c.value, c.value_high, c.unit, c.qualifier, c.kind,
       c.direction, c.metric, c.metric_key, c.subject, c.place_code, c.period, c.period_start,
       c.period_end, c.extractor_version, c.doc_id, c.article_id
FROM claims c
JOIN documents d USING (doc_id)
LEFT JOIN articles a USING (article_id);

-- How many claims each metric has, over how many documents and subjects.
CREATE VIEW metrics_view AS
SELECT metric_key, count(*) AS n_claims, count(DISTINCT doc_id) AS n_documents,
       count(DISTINCT subject) AS n_subjects, list(DISTINCT metric) AS surface_forms
FROM claims
WHERE metric_key IS NOT NULL
GROUP BY metric_key;
