package io.nianbao.store.domain;

/**
 * clean | warnings | errors from finding counts, and incomplete where a rule could not run or the parse failed in
 * part (RULE_FAILED, PARSE_INCOMPLETE): such a report is never shown as clean. Same vocabulary as the record's
 * summary.
 */
public final class ReportStatus {
    public static final String CLEAN = "clean";
    public static final String WARNINGS = "warnings";
    public static final String ERRORS = "errors";
    public static final String INCOMPLETE = "incomplete";
    /** The findings that make a report incomplete. */
    public static final java.util.List<String> INCOMPLETE_RULES = java.util.List.of("RULE_FAILED", "PARSE_INCOMPLETE");

    private ReportStatus() {
    }

    public static String of(int errors, int warnings) {
        return errors > 0 ? ERRORS : warnings > 0 ? WARNINGS : CLEAN;
    }
}
