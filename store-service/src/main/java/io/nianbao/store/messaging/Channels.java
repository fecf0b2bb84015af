package io.nianbao.store.messaging;

/** Channel names of store-service (configured in application.properties; reused by tests). */
public final class Channels {
    /** reports.validated, String JSON of a validated ReportRecord. */
    public static final String VALIDATED_IN = "validated-in";
    /** reports.changes, String JSON of a ChangeEvent as CloudEvents (binary mode). */
    public static final String CHANGES_OUT = "changes-out";
    /** reports.parsed, for POST /api/admin/revalidate (republishes stored records' parsed form). */
    public static final String PARSED_OUT = "parsed-out";

    private Channels() {
    }
}
