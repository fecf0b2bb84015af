package io.nianbao.validate.domain;

/** Finding severities of RULES.md. */
public final class Severity {
    /** The report is wrong as published. */
    public static final String ERROR = "error";
    /** Probably wrong: a person should look. */
    public static final String WARNING = "warning";
    /** Worth knowing. */
    public static final String INFO = "info";

    private Severity() {
    }
}
