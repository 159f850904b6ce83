-- 009: reprints. The same text stored more than once (a notice reposted by several outlets, an article kept as
-- .txt and as .html, a headline changed, a few characters edited) is one source: the checks count it once.
-- Found when documents are stored (extract/reprints.py): MinHash band keys point at candidates, which are
-- confirmed by the exact Jaccard of the texts' character 5-grams and by their numbers agreeing.

-- Each document's MinHash band keys (20 a document): a new document is compared with the stored documents
-- that share a band with it, found by a join on (band, bucket) rather than by reading every text.
CREATE TABLE reprint_bands (
    doc_id VARCHAR NOT NULL,
    band   SMALLINT NOT NULL,
    bucket BIGINT NOT NULL
);

-- Each document's MinHash signature, 32 bits a bin (400 bytes): a stored candidate's Jaccard with a new
-- document is estimated from it before the stored text is read.
CREATE TABLE reprint_sketches (
    doc_id VARCHAR NOT NULL,
    sketch BLOB NOT NULL
);

-- One row per pair of documents found to be reprints of each other (a pair is stored once).
CREATE TABLE reprints (
    doc_id          VARCHAR NOT NULL,      -- the later copy
    original_doc_id VARCHAR NOT NULL,      -- the earlier dated, or the one stored first
    similarity      DOUBLE NOT NULL,       -- exact Jaccard of the normalised texts' character 5-grams
    method          VARCHAR NOT NULL,      -- how the pair was found (extract.reprints.METHOD)
    found_at        TIMESTAMP NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (doc_id, original_doc_id)
);

-- How many of a verdict's documents were set aside as reprints of another of its documents (n_documents
-- counts independent sources only).
ALTER TABLE cross_checks ADD COLUMN n_reprints INTEGER DEFAULT 0;
COMMENT ON COLUMN cross_checks.n_reprints IS 'documents of the verdict set aside as reprints of another of its documents; n_documents counts independent sources only';
COMMENT ON COLUMN cross_checks.n_documents IS 'independent documents involved: reprints of one text count once (n_reprints says how many were set aside)';
