package io.nianbao.parse.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.nianbao.contract.CloudEventTypes;
import io.nianbao.contract.DocumentIds;
import io.nianbao.contract.Json;
import io.nianbao.contract.RawHeaders;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.Topics;
import io.nianbao.parse.Samples;
import io.nianbao.parse.extract.TestDocuments;
import io.nianbao.testsupport.infra.RealKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** reports.raw -> parse-service -> reports.parsed / reports.parse.dlq on a REAL broker. */
@QuarkusTest
@QuarkusTestResource(value = RealKafkaResource.class, restrictToAnnotatedClass = true)
class KafkaPipelineTest {

    @Test
    void rawDocumentIsParsedAndGarbageGoesToTheDeadLetterTopic() throws Exception {
        Path sample = Samples.files().get(0);
        byte[] doc = Samples.bytes(sample);
        String docId = DocumentIds.of(doc);
        JsonNode truth = Samples.truth(sample).get("report");

        byte[] garbage = TestDocuments.elf();
        byte[] nonce = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(nonce, 0, garbage, 100, nonce.length);
        String garbageId = DocumentIds.of(garbage);

        String receivedAt = "2026-11-22T12:00:00Z";
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(raw(docId, doc, sample.getFileName().toString(), receivedAt)).get();
            producer.send(raw(garbageId, garbage, "report.pdf", receivedAt)).get();
        }

        Map<String, ConsumerRecord<String, byte[]>> parsed = new ConcurrentHashMap<>();
        Map<String, ConsumerRecord<String, byte[]>> dead = new ConcurrentHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(Topics.PARSED, Topics.PARSE_DLQ));
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    (r.topic().equals(Topics.PARSED) ? parsed : dead).put(r.key(), r);
                }
                return parsed.containsKey(docId) && dead.containsKey(garbageId);
            });
        }

        ConsumerRecord<String, byte[]> out = parsed.get(docId);
        ReportRecord record = Json.read(out.value(), ReportRecord.class);
        System.out.printf("[kafka] parsed %s: title=%s year=%s template=%s%n", docId.substring(0, 12),
                record.report.title, record.report.reportYear, record.report.template);
        assertThat(record.documentId).isEqualTo(docId);
        assertThat(record.report.title).contains(truth.get("reportYear").asText());
        assertThat(record.report.reportYear).isEqualTo(truth.get("reportYear").asInt());
        assertThat(record.source.fileName).isEqualTo(sample.getFileName().toString());
        assertThat(record.source.receivedAt).isEqualTo(receivedAt);
        assertThat(record.source.uri).isEqualTo("https://example.gov.cn/" + docId);
        assertThat(record.source.channel).isEqualTo("test");
        assertThat(header(out, "ce_id")).isEqualTo(docId);
        assertThat(header(out, "ce_type")).isEqualTo(CloudEventTypes.PARSED);
        assertThat(header(out, "ce_source")).isEqualTo(CloudEventTypes.SOURCE_PARSE);

        ConsumerRecord<String, byte[]> dlq = dead.get(garbageId);
        System.out.printf("[kafka] dead letter %s: dead-letter-reason=%s | %s=%s%n", garbageId.substring(0, 12),
                header(dlq, "dead-letter-reason"), RawHeaders.FAILURE_REASON, header(dlq, RawHeaders.FAILURE_REASON));
        assertThat(dlq.value()).isEqualTo(garbage);
        assertThat(header(dlq, "dead-letter-reason")).contains("application/x-elf");
        assertThat(header(dlq, RawHeaders.FAILURE_REASON)).startsWith("UNSUPPORTED_TYPE: ");
        assertThat(header(dlq, RawHeaders.FILE_NAME)).isEqualTo("report.pdf");

        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("document-extractor"));
    }

    @Test
    void anExactRedeliveryIsSkipped() throws Exception {
        byte[] doc = ("某区人社局2021年政府信息公开工作年度报告\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String id = DocumentIds.of(doc);
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(raw(id, doc, "r.txt", "2026-11-22T12:00:00Z")).get();
            producer.send(raw(id, doc, "r.txt", "2026-11-22T12:00:00Z")).get();
            producer.send(raw(id, doc, "r.txt", "2026-11-22T13:00:00Z")).get(); // another submission: parsed again
        }
        Map<String, Integer> count = new ConcurrentHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(Topics.PARSED));
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (id.equals(r.key())) {
                        count.merge(Json.read(r.value(), ReportRecord.class).source.receivedAt, 1, Integer::sum);
                    }
                }
                return count.containsKey("2026-11-22T13:00:00Z") && count.containsKey("2026-11-22T12:00:00Z");
            });
            // drain a little longer: a duplicate would be there by now
            for (int i = 0; i < 4; i++) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (id.equals(r.key())) {
                        count.merge(Json.read(r.value(), ReportRecord.class).source.receivedAt, 1, Integer::sum);
                    }
                }
            }
        }
        System.out.println("[kafka] parsed events per delivery: " + count);
        assertThat(count).containsEntry("2026-11-22T12:00:00Z", 1).containsEntry("2026-11-22T13:00:00Z", 1);
    }

    private static ProducerRecord<String, byte[]> raw(String id, byte[] bytes, String fileName, String receivedAt) {
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(Topics.RAW, id, bytes);
        r.headers().add(RawHeaders.DOCUMENT_ID, utf8(id));
        r.headers().add(RawHeaders.FILE_NAME, utf8(fileName));
        r.headers().add(RawHeaders.SOURCE_URL, utf8("https://example.gov.cn/" + id));
        r.headers().add(RawHeaders.RECEIVED_AT, utf8(receivedAt));
        r.headers().add(RawHeaders.CHANNEL, utf8("test"));
        return r;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafkaResource.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 20971520),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafkaResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "parse-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
    }
}
