package io.nianbao.store.domain;

/** clean | warnings | errors from finding counts (same vocabulary as the record's summary). */
public final class ReportStatus {
    public static final String CLEAN = "clean";
    public static final String WARNINGS = "warnings";
    public static final String ERRORS = "errors";

    private ReportStatus() {
    }

    public static String of(int errors, int warnings) {
        return errors > 0 ? ERRORS : warnings > 0 ? WARNINGS : CLEAN;
    }
}
