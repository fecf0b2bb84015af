-- store-service schema, version 1. Never dropped outside tests: Flyway migrates at start.

-- One row per received document (id = lower-case hex SHA-256 of the raw bytes).
CREATE TABLE documents (
    id            VARCHAR(64) PRIMARY KEY,
    file_name     TEXT,
    media_type    TEXT,
    uri           TEXT,
    received_at   TIMESTAMPTZ,
    size_bytes    BIGINT,
    agency_hint   TEXT,
    channel       TEXT,
    first_stored_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One row per document: the validated report, its summary and its place in the history.
CREATE TABLE reports (
    document_id       VARCHAR(64) PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    title             TEXT,
    agency            TEXT,
    agency_canonical  TEXT,
    -- agency_canonical, or agency when it could not be resolved: the identity of "the same agency"
    agency_key        TEXT,
    region_code       VARCHAR(12),
    agency_kind       VARCHAR(32),
    report_year       INTEGER,
    template          VARCHAR(16),
    published_on      DATE,
    stated_period     TEXT,
    -- clean | warnings | errors, over every stored finding (validate-service's and store-service's)
    status            VARCHAR(16) NOT NULL,
    errors            INTEGER NOT NULL DEFAULT 0,
    warnings          INTEGER NOT NULL DEFAULT 0,
    infos             INTEGER NOT NULL DEFAULT 0,
    parser_version    TEXT,
    rule_set_version  TEXT,
    is_current        BOOLEAN NOT NULL DEFAULT TRUE,
    superseded_by     VARCHAR(64),
    -- the narrative without numbers, whitespace and punctuation (input of COPIED_TEXT) and its length
    narrative_norm    TEXT,
    narrative_chars   INTEGER NOT NULL DEFAULT 0,
    record            JSONB NOT NULL,
    stored_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX reports_agency_year_idx ON reports (agency_key, report_year);
CREATE INDEX reports_year_idx ON reports (report_year, is_current);
CREATE INDEX reports_region_idx ON reports (region_code varchar_pattern_ops);
CREATE INDEX reports_template_idx ON reports (template);
CREATE INDEX reports_status_idx ON reports (status);
CREATE INDEX reports_published_idx ON reports (published_on);
CREATE INDEX reports_copy_candidates_idx ON reports (report_year, narrative_chars) WHERE is_current;

-- Every table cell in long form; value NULL = the cell is empty in the report.
CREATE TABLE table_cells (
    id           BIGSERIAL PRIMARY KEY,
    document_id  VARCHAR(64) NOT NULL REFERENCES reports (document_id) ON DELETE CASCADE,
    table_key    VARCHAR(32) NOT NULL,
    row_key      VARCHAR(64) NOT NULL,
    column_key   VARCHAR(64) NOT NULL,
    position     INTEGER NOT NULL,
    value        NUMERIC(20, 4)
);
CREATE UNIQUE INDEX table_cells_cell_idx ON table_cells (document_id, table_key, row_key, column_key);
CREATE INDEX table_cells_lookup_idx ON table_cells (table_key, row_key, column_key);

CREATE TABLE sections (
    id           BIGSERIAL PRIMARY KEY,
    document_id  VARCHAR(64) NOT NULL REFERENCES reports (document_id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    title        TEXT,
    text         TEXT,
    span_start   INTEGER,
    span_end     INTEGER
);
CREATE INDEX sections_document_idx ON sections (document_id, number);

CREATE TABLE findings (
    id                  BIGSERIAL PRIMARY KEY,
    document_id         VARCHAR(64) NOT NULL REFERENCES reports (document_id) ON DELETE CASCADE,
    rule_id             VARCHAR(64) NOT NULL,
    severity            VARCHAR(16) NOT NULL,
    message_zh          TEXT,
    message_en          TEXT,
    section             INTEGER,
    cells               JSONB,
    span_start          INTEGER,
    span_end            INTEGER,
    evidence            TEXT,
    expected            TEXT,
    actual              TEXT,
    -- validate-service or store-service (history rules)
    origin              VARCHAR(32) NOT NULL,
    -- the other document a history finding names (previous year, copy source, duplicate)
    related_document_id VARCHAR(64),
    -- identity of a history finding, to add/remove only what changed when the history is re-run
    fingerprint         TEXT,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX findings_document_idx ON findings (document_id, origin);
CREATE INDEX findings_rule_idx ON findings (rule_id, severity);
CREATE INDEX findings_related_idx ON findings (related_document_id) WHERE related_document_id IS NOT NULL;
