package io.nianbao.ingest.service;

import io.nianbao.contract.DocumentIds;
import io.nianbao.ingest.domain.AcceptancePolicy;
import io.nianbao.ingest.domain.Detection;
import io.nianbao.ingest.domain.DocumentDetector;
import io.nianbao.ingest.domain.Refusal;
import io.nianbao.ingest.domain.SeenDocuments;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

/**
 * The one path every way in goes through, in this order: the request's own faults (empty, size, type: they never
 * depend on a dependency's state), then the duplicate check by documentId, then the synchronous publish.
 * Plain Java (the CDI {@link IngestService} wires it), so tests can run a second instance to play a restart.
 */
public final class DocumentIngestor {
    /** Whether the duplicate memory is complete; waits at most {@code millis} for it. */
    @FunctionalInterface
    public interface MemoryGate {
        boolean awaitLoaded(long millis) throws InterruptedException;

        MemoryGate ALWAYS = millis -> true;
    }

    private static final Logger LOG = Logger.getLogger(DocumentIngestor.class);

    private final DocumentDetector detector;
    private final AcceptancePolicy policy;
    private final SeenDocuments seen;
    private final DocumentPublisher publisher;
    private final BiConsumer<Submission, IngestResult> observer;
    private final long claimWaitMillis;
    private final Clock clock;
    private final MemoryGate gate;
    private final long gateWaitMillis;

    public DocumentIngestor(DocumentDetector detector, AcceptancePolicy policy, SeenDocuments seen,
                            DocumentPublisher publisher, BiConsumer<Submission, IngestResult> observer, long claimWaitMillis, Clock clock) {
        this(detector, policy, seen, publisher, observer, claimWaitMillis, clock, MemoryGate.ALWAYS, 0);
    }

    /**
     * @param gate           asked after the document passed every check of its own; when the memory is not
     *                       complete after {@code gateWaitMillis}, the document is published without the full
     *                       duplicate check (downstream stages key by documentId, so a repeat is absorbed there)
     */
    public DocumentIngestor(DocumentDetector detector, AcceptancePolicy policy, SeenDocuments seen,
                            DocumentPublisher publisher, BiConsumer<Submission, IngestResult> observer, long claimWaitMillis,
                            Clock clock, MemoryGate gate, long gateWaitMillis) {
        this.gate = gate;
        this.gateWaitMillis = gateWaitMillis;
        this.detector = detector;
        this.policy = policy;
        this.seen = seen;
        this.publisher = publisher;
        this.observer = observer;
        this.claimWaitMillis = claimWaitMillis;
        this.clock = clock;
    }

    public AcceptancePolicy policy() {
        return policy;
    }

    public IngestResult ingest(Submission s) {
        IngestResult r = decide(s);
        observer.accept(s, r);
        return r;
    }

    private IngestResult decide(Submission s) {
        byte[] bytes = s.bytes();
        if (bytes == null || bytes.length == 0) {
            return IngestResult.refused(Refusal.EMPTY, "The document is empty (0 bytes).", s.fileName(), null);
        }
        if (bytes.length > policy.maxBytes()) {
            return IngestResult.refused(Refusal.TOO_LARGE, policy.tooLarge().detail(), s.fileName(), null);
        }
        String id = DocumentIds.of(bytes);
        Detection detection = detector.detect(bytes, s.fileName());
        AcceptancePolicy.Verdict verdict = policy.decide(bytes.length, detection);
        if (!verdict.isAccepted()) {
            return IngestResult.refused(verdict.refusal(), verdict.detail(), s.fileName(), id);
        }
        String mediaType = detection.mediaType();
        SeenDocuments.Claim claim;
        try {
            if (!gate.awaitLoaded(gateWaitMillis)) {
                LOG.debugf("%s: duplicate memory still loading, checked against what is loaded so far", id);
            }
            claim = seen.claim(id, claimWaitMillis);
        } catch (TimeoutException e) {
            return IngestResult.refused(Refusal.UNAVAILABLE,
                    "The same document is being published by another request; try again.", s.fileName(), id);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return IngestResult.refused(Refusal.UNAVAILABLE, "Interrupted.", s.fileName(), id);
        }
        if (claim == SeenDocuments.Claim.DUPLICATE) {
            return IngestResult.duplicate(id, mediaType, bytes.length, s.fileName());
        }
        RawDocument doc = new RawDocument(id, bytes, mediaType, s.fileName(), s.claimedMediaType(), s.sourceUrl(),
                s.agencyHint(), s.channel(), clock.instant());
        try {
            publisher.publish(doc);
        } catch (DocumentPublisher.PublishException | RuntimeException e) {
            seen.failed(id);
            LOG.warnf("publish of %s (%s) failed; answered 503: %s", id, s.channel(), e.getMessage());
            return IngestResult.refused(Refusal.UNAVAILABLE,
                    "Publishing to the pipeline failed (" + e.getMessage() + "); the document was not acknowledged. "
                            + "Sending it again is safe (a repeat is recognised by its documentId).",
                    s.fileName(), id);
        }
        seen.published(id);
        return IngestResult.accepted(id, mediaType, bytes.length, s.fileName());
    }
}
