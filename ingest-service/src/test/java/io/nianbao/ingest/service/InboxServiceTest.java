package io.nianbao.ingest.service;

import io.nianbao.contract.DocumentIds;
import io.nianbao.contract.RawHeaders;
import io.nianbao.ingest.domain.Samples;
import io.nianbao.ingest.support.RawTopic;
import io.nianbao.testsupport.infra.RealKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The scheduled inbox of the running service (test profile: target/test-inbox, polled every 200 ms). */
@QuarkusTest
@QuarkusTestResource(RealKafkaResource.class)
class InboxServiceTest {

    @org.junit.jupiter.api.BeforeEach
    void apiKey() {
        io.nianbao.ingest.support.Auth.withKey();
    }
    static final Path INBOX = Path.of("target/test-inbox");

    @Test
    void droppedFilesArePublishedAndMovedToDoneOrFailed() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        byte[] html = Samples.html("inbox-" + u);
        String id = DocumentIds.of(html);
        byte[] text = Samples.text("inbox-text-" + u);

        Path partial = INBOX.resolve("late-" + u + ".txt.part");
        Files.write(partial, text);
        Files.write(INBOX.resolve("report-" + u + ".html"), html);
        Files.write(INBOX.resolve("scan-" + u + ".png"), Samples.png());

        Duration max = Duration.ofSeconds(30);
        await().atMost(max).until(() -> Files.exists(INBOX.resolve("done/report-" + u + ".html")));
        await().atMost(max).until(() -> Files.exists(INBOX.resolve("failed/scan-" + u + ".png.reason.txt")));
        assertThat(Files.exists(INBOX.resolve("failed/scan-" + u + ".png"))).isTrue();
        assertThat(Files.readString(INBOX.resolve("failed/scan-" + u + ".png.reason.txt")))
                .startsWith("415 image-needs-ocr").contains("OCR, which is not configured");
        assertThat(Files.exists(partial)).as("a file still being written (*.part) is left alone").isTrue();

        // the same bytes under another name: recognised as a duplicate, moved to done, not published again
        Files.write(INBOX.resolve("copy-" + u + ".html"), html);
        await().atMost(max).until(() -> Files.exists(INBOX.resolve("done/copy-" + u + ".html")));

        // the writer finishes by renaming: now it is taken
        Files.move(partial, INBOX.resolve("late-" + u + ".txt"));
        await().atMost(max).until(() -> Files.exists(INBOX.resolve("done/late-" + u + ".txt")));

        List<ConsumerRecord<String, byte[]>> records = RawTopic.withKeys(List.of(id, DocumentIds.of(text)));
        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(id, DocumentIds.of(text));
        ConsumerRecord<String, byte[]> r = records.stream().filter(x -> x.key().equals(id)).findFirst().orElseThrow();
        assertThat(RawTopic.header(r, RawHeaders.CHANNEL)).isEqualTo("inbox");
        assertThat(RawTopic.header(r, RawHeaders.FILE_NAME)).isEqualTo("report-" + u + ".html");
        assertThat(new String(r.value(), StandardCharsets.UTF_8)).contains("inbox-" + u);
    }
}
