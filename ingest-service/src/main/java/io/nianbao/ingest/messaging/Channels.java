package io.nianbao.ingest.messaging;

/** Reactive Messaging channel names (configured in application.properties; tests reuse them). */
public final class Channels {
    /** Outgoing: raw documents to {@link io.nianbao.contract.Topics#RAW}. */
    public static final String RAW_OUT = "raw-out";
    /** Incoming: validated records from {@link io.nianbao.contract.Topics#VALIDATED}, to answer {@code ?wait}. */
    public static final String VALIDATED_IN = "validated-in";

    private Channels() {
    }
}
