package io.nianbao.ingest.service;

import io.nianbao.ingest.domain.AcceptancePolicy;
import io.nianbao.ingest.domain.DocumentDetector;
import io.nianbao.ingest.domain.Refusal;
import io.nianbao.ingest.domain.Samples;
import io.nianbao.ingest.domain.SeenDocuments;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The order of the checks, without any framework: a request's own faults never reach a dependency. */
class DocumentIngestorTest {
    private final List<String> published = new ArrayList<>();
    private final AtomicInteger gateAsked = new AtomicInteger();

    private DocumentIngestor ingestor(DocumentPublisher publisher, boolean memoryLoaded) {
        return new DocumentIngestor(new DocumentDetector(), new AcceptancePolicy(1024 * 1024), new SeenDocuments(),
                publisher, (s, r) -> {
                }, 5_000, Clock.systemUTC(), millis -> {
                    gateAsked.incrementAndGet();
                    return memoryLoaded;
                }, 10);
    }

    private static Submission http(byte[] bytes) {
        return new Submission(bytes, null, null, null, null, Submission.HTTP);
    }

    @Test
    void ownFaultsAreAnsweredWithoutAskingTheMemoryOrTheBroker() {
        DocumentIngestor broken = ingestor(d -> {
            throw new DocumentPublisher.PublishException("broker down", null);
        }, false);
        assertThat(broken.ingest(http(new byte[0])).refusal()).isEqualTo(Refusal.EMPTY);
        assertThat(broken.ingest(http(Samples.windowsExe())).refusal()).isEqualTo(Refusal.EXECUTABLE);
        assertThat(broken.ingest(http(Samples.png())).refusal()).isEqualTo(Refusal.IMAGE_NEEDS_OCR);
        assertThat(broken.ingest(http(new byte[1024 * 1024 + 1])).refusal()).isEqualTo(Refusal.TOO_LARGE);
        assertThat(gateAsked.get()).isZero();

        IngestResult valid = broken.ingest(http(Samples.html("valid")));
        assertThat(valid.refusal()).isEqualTo(Refusal.UNAVAILABLE);
        assertThat(valid.status()).isEqualTo(503);
        assertThat(valid.detail()).contains("broker down").contains("Sending it again is safe");
        assertThat(gateAsked.get()).isEqualTo(1);
    }

    @Test
    void beforeTheMemoryIsLoadedANewDocumentIsPublishedAndItsRepeatRecognised() {
        DocumentIngestor early = ingestor(d -> published.add(d.documentId()), false);
        byte[] html = Samples.html("early");
        IngestResult first = early.ingest(http(html));
        assertThat(first.isAccepted()).isTrue();
        IngestResult again = early.ingest(http(html));
        assertThat(again.duplicate()).isTrue();
        assertThat(published).containsExactly(first.documentId());
    }
}
