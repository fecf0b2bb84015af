package io.nianbao.contract;

/** CloudEvents {@code type} and {@code source} values of the events on the topics. */
public final class CloudEventTypes {
    public static final String RAW = "io.nianbao.report.raw.v1";
    public static final String PARSED = "io.nianbao.report.parsed.v1";
    public static final String VALIDATED = "io.nianbao.report.validated.v1";
    public static final String STORED = "io.nianbao.report.stored.v1";
    public static final String FINDING_ADDED = "io.nianbao.report.finding-added.v1";
    public static final String SUPERSEDED = "io.nianbao.report.superseded.v1";

    public static final String SOURCE_INGEST = "/nianbao/ingest-service";
    public static final String SOURCE_PARSE = "/nianbao/parse-service";
    public static final String SOURCE_VALIDATE = "/nianbao/validate-service";
    public static final String SOURCE_STORE = "/nianbao/store-service";

    private CloudEventTypes() {
    }
}
