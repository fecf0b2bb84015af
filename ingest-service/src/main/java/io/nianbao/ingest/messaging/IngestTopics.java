package io.nianbao.ingest.messaging;

/**
 * Topics of ingest's own (to be moved into {@code io.nianbao.contract.Topics} with the other topic names).
 */
public final class IngestTopics {
    /**
     * The duplicate memory: one record per documentId on reports.raw, key = documentId, value empty;
     * {@code cleanup.policy=compact}, so it holds each id once and lives longer than reports.raw's retention.
     * Written by ingest after each acknowledged publish; read by ingest at startup (and tailed).
     */
    public static final String RAW_KEYS = "reports.raw.keys";

    private IngestTopics() {
    }
}
