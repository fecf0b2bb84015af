package io.nianbao.contract;

/** Kafka topic names: the single place every service and test takes them from. */
public final class Topics {
    /** Raw document bytes; key = documentId (SHA-256 hex of the bytes); metadata in headers. */
    public static final String RAW = "reports.raw";
    /** {@link ReportRecord} as JSON, without findings; key = documentId. */
    public static final String PARSED = "reports.parsed";
    /** {@link ReportRecord} as JSON with findings, summary and rule-set version; key = documentId. */
    public static final String VALIDATED = "reports.validated";
    /** Changes in the store (new report, history finding, superseded report) for other teams; key = documentId. */
    public static final String CHANGES = "reports.changes";

    /** Dead-letter topics, one per consuming stage. */
    public static final String PARSE_DLQ = "reports.parse.dlq";
    public static final String VALIDATE_DLQ = "reports.validate.dlq";
    public static final String STORE_DLQ = "reports.store.dlq";

    /**
     * ingest-service's duplicate memory: key = documentId of every record published on {@link #RAW}, value empty,
     * {@code cleanup.policy=compact} (outlives reports.raw's retention). Not in {@link #ALL}: ingest creates it.
     */
    public static final String RAW_KEYS = "reports.raw.keys";

    public static final String[] ALL = {RAW, PARSED, VALIDATED, CHANGES, PARSE_DLQ, VALIDATE_DLQ, STORE_DLQ};

    private Topics() {
    }
}
