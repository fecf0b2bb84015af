package io.nianbao.ingest.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.nianbao.ingest.config.IngestConfig;
import io.nianbao.ingest.domain.AcceptancePolicy;
import io.nianbao.ingest.domain.DocumentDetector;
import io.nianbao.ingest.domain.Refusal;
import io.nianbao.ingest.domain.SeenDocuments;
import io.nianbao.ingest.messaging.RawKeyIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The CDI face of {@link DocumentIngestor}: its gate waits (at most {@code index-wait}, only for documents that
 * passed their own checks) for the duplicate memory at startup; counts every outcome in Micrometer ({@code nianbao.ingest.documents.accepted|duplicates|refused}, {@code nianbao.ingest.bytes}).
 */
@ApplicationScoped
public class IngestService {
    @Inject
    IngestConfig config;
    @Inject
    SeenDocuments seen;
    @Inject
    DocumentPublisher publisher;
    @Inject
    RawKeyIndex index;
    @Inject
    MeterRegistry registry;

    private volatile DocumentIngestor ingestor;

    /** The duplicate memory shared by every way in. */
    @Produces
    @Singleton
    static SeenDocuments seenDocuments() {
        return new SeenDocuments();
    }

    public DocumentIngestor ingestor() {
        if (ingestor == null) {
            synchronized (this) {
                if (ingestor == null) {
                    ingestor = new DocumentIngestor(new DocumentDetector(), new AcceptancePolicy(config.maxBytes()),
                            seen, publisher, (s, r) -> count(r, s.channel()), config.publishTimeout().toMillis() * 2 + 5_000,
                            Clock.systemUTC(), millis -> index.awaitLoaded(java.time.Duration.ofMillis(millis)),
                            config.indexWait().toMillis());
                }
            }
        }
        return ingestor;
    }

    public long maxBytes() {
        return config.maxBytes();
    }

    public IngestResult ingest(Submission s) {
        return ingestor().ingest(s);
    }

    /** Whether the duplicate memory is complete (the inbox waits for it: a re-scan must recognise its files). */
    public boolean memoryLoaded() {
        return index.isLoaded();
    }

    /** Counts a refusal that happened before the ingestor saw the document (e.g. too large while reading). */
    public IngestResult refuse(Refusal refusal, String detail, String fileName, String channel) {
        IngestResult r = IngestResult.refused(refusal, detail, fileName, null);
        count(r, channel);
        return r;
    }

    private void count(IngestResult r, String channel) {
        if (r.isRefused()) {
            Counter.builder("nianbao.ingest.documents.refused").description("Documents refused, by reason")
                    .tag("reason", r.refusal().code()).tag("channel", channel).register(registry).increment();
        } else if (r.duplicate()) {
            Counter.builder("nianbao.ingest.documents.duplicates").description("Documents already on reports.raw")
                    .tag("channel", channel).register(registry).increment();
        } else {
            Counter.builder("nianbao.ingest.documents.accepted").description("Documents published to reports.raw")
                    .tag("channel", channel).tag("media_type", r.mediaType()).register(registry).increment();
            DistributionSummary.builder("nianbao.ingest.bytes").baseUnit("bytes")
                    .description("Size of the documents published").tag("channel", channel)
                    .register(registry).record(r.sizeBytes());
        }
    }
}
