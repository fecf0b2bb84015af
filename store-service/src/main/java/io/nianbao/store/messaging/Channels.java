package io.nianbao.store.messaging;

/** Channel names of store-service (configured in application.properties; reused by tests). */
public final class Channels {
    /** reports.validated, String JSON of a validated ReportRecord, consumed in batches (batch=true). */
    public static final String VALIDATED_IN = "validated-in";
    /** reports.changes, String JSON of a ChangeEvent as CloudEvents (binary mode), from the outbox. */
    public static final String CHANGES_OUT = "changes-out";
    /** reports.parsed, for POST /api/admin/revalidate (republishes stored records' parsed form). */
    public static final String PARSED_OUT = "parsed-out";
    /** reports.store.dlq, records that can never be stored, with the reason in headers. */
    public static final String DLQ_OUT = "store-dlq-out";

    private Channels() {
    }
}
