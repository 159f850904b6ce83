-- 011: the user lexicon each claim was read with (extract/user_lexicon.py): eight hex digits of its files'
-- digest, NULL for a claim read with the package's lexicons alone. `claimkb stats` counts the claims a user
-- lexicon decided; the documents' extractor_version carries the same digest, so that an ingest under
-- another lexicon reads them again.
ALTER TABLE claims ADD COLUMN lexicon_digest VARCHAR;
