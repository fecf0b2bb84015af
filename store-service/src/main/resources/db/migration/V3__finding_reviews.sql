-- store-service schema, version 3: a reviewer's decision on a finding (issue 13), kept across re-validation.
-- Keyed by the document (the report's identity: the SHA-256 of its bytes), the rule id and the finding's location
-- (io.nianbao.store.domain.FindingLocation: the cells it names, else its text span, else its section), never by
-- a findings row id: re-validation replaces the finding rows, and the same finding found again meets its decision.
CREATE TABLE finding_reviews (
    document_id  VARCHAR(64) NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    rule_id      VARCHAR(64) NOT NULL,
    location     TEXT NOT NULL,
    decision     VARCHAR(16) NOT NULL CHECK (decision IN ('confirmed', 'dismissed')),
    reason       TEXT NOT NULL,
    reviewer     TEXT,
    decided_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (document_id, rule_id, location)
);

-- the progress view counts documents stored per minute
CREATE INDEX documents_first_stored_idx ON documents (first_stored_at);
