package io.nianbao.validate.messaging;

/** Channel names of the stage (topics in application.properties, from contract Topics); reused by tests. */
public final class Channels {
    /** Incoming: reports.parsed. */
    public static final String PARSED_IN = "reports-parsed";
    /** Outgoing: reports.validated. */
    public static final String VALIDATED_OUT = "reports-validated";

    private Channels() {
    }
}
