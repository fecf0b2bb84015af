package io.nianbao.parse.messaging;

/** Channel names (application.properties binds them to topics); tests reuse them. */
public final class Channels {
    /** Incoming: topic reports.raw (raw document bytes, key documentId, metadata in nb-* headers). */
    public static final String RAW_IN = "reports-raw";
    /** Outgoing: topic reports.parsed (ReportRecord JSON, key documentId, CloudEvents binary mode). */
    public static final String PARSED_OUT = "reports-parsed";

    private Channels() {
    }
}
