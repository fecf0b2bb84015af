package io.nianbao.ingest.messaging;

/** Reactive Messaging channel names (configured in application.properties; tests reuse them). */
public final class Channels {
    /** Outgoing: raw documents to {@link io.nianbao.contract.Topics#RAW}. */
    public static final String RAW_OUT = "raw-out";

    private Channels() {
    }
}
