package io.nianbao.ingest.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.nianbao.ingest.config.IngestConfig;
import io.nianbao.ingest.domain.AcceptancePolicy;
import io.nianbao.ingest.domain.DocumentDetector;
import io.nianbao.ingest.domain.Refusal;
import io.nianbao.ingest.domain.SeenDocuments;
import io.nianbao.ingest.messaging.RawTopicIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The CDI face of {@link DocumentIngestor}: waits (bounded) for the duplicate memory at startup, counts every
 * outcome in Micrometer ({@code nianbao.ingest.documents.accepted|duplicates|refused}, {@code nianbao.ingest.bytes}).
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
    RawTopicIndex index;
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
                            seen, publisher, (s, r) -> count(r, s.channel()), config.publishTimeout().toMillis() + 5_000,
                            Clock.systemUTC());
                }
            }
        }
        return ingestor;
    }

    public long maxBytes() {
        return config.maxBytes();
    }

    public IngestResult ingest(Submission s) {
        try {
            if (!index.awaitLoaded(config.startupWait())) {
                IngestResult r = IngestResult.refused(Refusal.UNAVAILABLE,
                        "The duplicate memory (keys of reports.raw) is still loading"
                                + (index.lastError() == null ? "" : " (" + index.lastError() + ")") + "; try again.",
                        s.fileName(), null);
                count(r, s.channel());
                return r;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ingestor().ingest(s);
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
