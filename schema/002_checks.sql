-- 002_checks: verdicts of the cross-checks (claimkb check) and which documents have been checked.

CREATE TABLE cross_checks (
    check_id        VARCHAR PRIMARY KEY,   -- hash of rule, group and claim ids: stable across runs
    rule            VARCHAR NOT NULL,      -- parts_total share_count change_levels rate_total same_fact part_whole cumulative
    scope           VARCHAR NOT NULL,      -- article (within one article) | corpus (across documents)
    verdict         VARCHAR NOT NULL,      -- consistent conflict unverifiable corroborated
    expected        DOUBLE,                -- what the other figures imply
    observed        DOUBLE,                -- what is printed
    tolerance       DOUBLE,                -- the slack the qualifiers and printed precision allow
    claim_ids       VARCHAR[] NOT NULL,
    doc_ids         VARCHAR[] NOT NULL,
    n_documents     INTEGER NOT NULL,      -- independent documents involved
    group_key       VARCHAR NOT NULL,      -- what a corpus rule grouped by (metric|subject|unit …)
    explanation_zh  VARCHAR NOT NULL,
    explanation_en  VARCHAR NOT NULL,
    checker_version VARCHAR NOT NULL,
    checked_at      TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- One row per claim in a check, for joining claims to their verdicts.
CREATE TABLE check_claims (
    check_id VARCHAR NOT NULL,
    claim_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,             -- order in the check (total first, then parts …)
    PRIMARY KEY (check_id, claim_id)
);

CREATE TABLE checked_documents (
    doc_id          VARCHAR PRIMARY KEY,
    checker_version VARCHAR NOT NULL,
    checked_at      TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE INDEX check_claims_claim ON check_claims (claim_id);
CREATE INDEX cross_checks_rule ON cross_checks (rule, verdict);
