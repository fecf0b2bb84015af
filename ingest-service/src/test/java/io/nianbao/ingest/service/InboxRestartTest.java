package io.nianbao.ingest.service;

import io.nianbao.contract.DocumentIds;
import io.nianbao.ingest.domain.AcceptancePolicy;
import io.nianbao.ingest.domain.DocumentDetector;
import io.nianbao.ingest.domain.Samples;
import io.nianbao.ingest.domain.SeenDocuments;
import io.nianbao.ingest.messaging.RawKeyIndex;
import io.nianbao.ingest.support.RawTopic;
import io.nianbao.testsupport.infra.RealKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart while the inbox holds files loses none and duplicates none. Each "instance" is a new
 * {@link InboxProcessor} with a new duplicate memory loaded from reports.raw.keys (as at startup), publishing through
 * the service's real Kafka publisher.
 */
@QuarkusTest
@QuarkusTestResource(RealKafkaResource.class)
class InboxRestartTest {
    @Inject
    DocumentPublisher publisher;

    private InboxProcessor newInstance(Path dir, DocumentPublisher pub) throws Exception {
        SeenDocuments seen = new SeenDocuments();
        RawKeyIndex.loadOnce(RealKafkaResource.bootstrapServers(), seen, Duration.ofSeconds(30));
        DocumentIngestor ingestor = new DocumentIngestor(new DocumentDetector(), new AcceptancePolicy(1 << 20), seen,
                pub, (s, r) -> {
                }, 10_000, Clock.systemUTC());
        return new InboxProcessor(dir, 1, 1 << 20, ingestor::ingest);
    }

    @Test
    void restartMidwayLosesNothingAndPublishesNothingTwice() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        Path dir = Files.createDirectories(Path.of("target/inbox-restart-" + u));
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            byte[] doc = Samples.text("restart " + u + " #" + i);
            ids.add(DocumentIds.of(doc));
            Files.write(dir.resolve("doc-" + i + ".txt"), doc);
        }

        // instance A: a first poll only observes; the second takes two files, then A "crashes"
        InboxProcessor a = newInstance(dir, publisher);
        assertThat(a.pollOnce(Integer.MAX_VALUE).handled()).isZero();
        assertThat(a.pollOnce(2).published()).isEqualTo(2);
        // ... and the crash window: doc-3 was published and acknowledged, but A died before moving it
        DocumentIngestor crashed = new DocumentIngestor(new DocumentDetector(), new AcceptancePolicy(1 << 20),
                new SeenDocuments(), publisher, (s, r) -> {
                }, 10_000, Clock.systemUTC());
        assertThat(crashed.ingest(new Submission(Files.readAllBytes(dir.resolve("doc-3.txt")), "doc-3.txt", null, null,
                null, Submission.INBOX)).isAccepted()).isTrue();
        assertThat(files(dir)).containsExactlyInAnyOrder("doc-3.txt", "doc-4.txt", "doc-5.txt");

        // instance B, restarted: re-scans the folder, knows doc-3 from the topic
        InboxProcessor b = newInstance(dir, publisher);
        assertThat(b.pollOnce(Integer.MAX_VALUE).handled()).isZero();
        InboxProcessor.Poll poll = b.pollOnce(Integer.MAX_VALUE);
        assertThat(poll.published()).isEqualTo(2);
        assertThat(poll.duplicates()).isEqualTo(1);
        assertThat(files(dir)).isEmpty();
        assertThat(files(dir.resolve(InboxProcessor.DONE))).hasSize(5);

        assertThat(RawTopic.withKeys(ids)).extracting(r -> r.key()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aFailedPublishLeavesTheFileForTheNextPoll() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        Path dir = Files.createDirectories(Path.of("target/inbox-retry-" + u));
        byte[] doc = Samples.text("retry " + u);
        Files.write(dir.resolve("doc.txt"), doc);

        InboxProcessor broken = newInstance(dir, d -> {
            throw new DocumentPublisher.PublishException("broker down", null);
        });
        broken.pollOnce(Integer.MAX_VALUE);
        InboxProcessor.Poll p = broken.pollOnce(Integer.MAX_VALUE);
        assertThat(p.retried()).isEqualTo(1);
        assertThat(files(dir)).containsExactly("doc.txt");
        assertThat(RawTopic.count(DocumentIds.of(doc))).isZero();

        InboxProcessor healthy = newInstance(dir, publisher);
        healthy.pollOnce(Integer.MAX_VALUE);
        assertThat(healthy.pollOnce(Integer.MAX_VALUE).published()).isEqualTo(1);
        assertThat(RawTopic.count(DocumentIds.of(doc))).isEqualTo(1);
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
    }
}
