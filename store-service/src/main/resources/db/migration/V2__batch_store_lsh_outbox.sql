-- store-service schema, version 2: a store that keeps up (issue 11) and a transactional outbox (issue 12).

-- COPIED_TEXT by sketch, not by full text: the MinHash signature of the normalized narrative (128 x int4,
-- big-endian) replaces the normalized narrative itself.
ALTER TABLE reports ADD COLUMN minhash BYTEA;
ALTER TABLE reports DROP COLUMN narrative_norm;
DROP INDEX IF EXISTS reports_copy_candidates_idx;

-- The LSH index of the sketches: 16 bands of 8 rows, one row per band and report (narratives long enough to be
-- judged). Same-year reports sharing a bucket are the COPIED_TEXT candidates.
CREATE TABLE report_bands (
    document_id  VARCHAR(64) NOT NULL REFERENCES reports (document_id) ON DELETE CASCADE,
    report_year  INTEGER NOT NULL,
    band         SMALLINT NOT NULL,
    bucket       BIGINT NOT NULL,
    PRIMARY KEY (document_id, band)
);
CREATE INDEX report_bands_bucket_idx ON report_bands (report_year, bucket);

-- The agency's report of a year, current only (previous/next year, same report).
CREATE INDEX reports_agency_current_idx ON reports (agency_key, report_year) WHERE is_current;
CREATE INDEX findings_history_idx ON findings (document_id) WHERE origin = 'store-service';

-- Change events written in the transaction that made the change, published by the relay after the commit.
-- id = the CloudEvents id (name-based UUID of change + document + what changed + the arrival that caused it):
-- the same change written twice is one row, a repeat sent twice has one id for consumers to drop.
CREATE TABLE outbox (
    seq          BIGSERIAL PRIMARY KEY,
    id           UUID NOT NULL UNIQUE,
    document_id  VARCHAR(64) NOT NULL,
    ce_type      TEXT NOT NULL,
    payload      TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at      TIMESTAMPTZ
);
CREATE INDEX outbox_unsent_idx ON outbox (seq) WHERE sent_at IS NULL;
CREATE INDEX outbox_sent_idx ON outbox (sent_at) WHERE sent_at IS NOT NULL;
