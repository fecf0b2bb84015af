package io.nianbao.validate.messaging;

import io.nianbao.contract.CloudEventTypes;
import io.nianbao.contract.Json;
import io.nianbao.contract.RawHeaders;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.Topics;
import io.nianbao.testsupport.infra.RealKafkaResource;
import io.nianbao.validate.rest.ValidateApiTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Against a real broker: reports.parsed -> the service -> reports.validated, and bad input to reports.validate.dlq. */
@QuarkusTest
@WithTestResource(RealKafkaResource.class)
class RealKafkaValidateTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static String freshId() {
        return (UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "")).substring(0, 64);
    }

    private static void produce(String key, String value) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafkaResource.bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(Topics.PARSED, key, value)).get();
        }
    }

    private static ConsumerRecord<String, String> awaitRecord(String topic, String key) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafkaResource.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "validate-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 20971520);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(r.key())) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("no record with key " + key + " on " + topic + " within " + WAIT);
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void aParsedRecordComesOutValidatedWithCloudEventsHeaders() throws Exception {
        ReportRecord sample = Json.read(ValidateApiTest.sample("003"), ReportRecord.class);
        String id = freshId();
        sample.documentId = id;
        produce(id, Json.toString(sample));

        ConsumerRecord<String, String> out = awaitRecord(Topics.VALIDATED, id);
        assertThat(header(out, "ce_type")).isEqualTo(CloudEventTypes.VALIDATED);
        assertThat(header(out, "ce_id")).isEqualTo(id);
        assertThat(header(out, "ce_source")).isEqualTo(CloudEventTypes.SOURCE_VALIDATE);
        ReportRecord validated = Json.read(out.value(), ReportRecord.class);
        assertThat(validated.documentId).isEqualTo(id);
        assertThat(validated.findings).extracting(f -> f.ruleId).contains("OTHER_JURISDICTION")
                .doesNotContain("TEMPLATE_OUTDATED");
        assertThat(validated.summary.status).isEqualTo("warnings");
        assertThat(validated.ruleSetVersion).startsWith("rules-2+");
    }

    @Test
    void invalidJsonGoesToTheDeadLetterTopicWithAReason() throws Exception {
        String key = "bad-" + UUID.randomUUID();
        produce(key, "{\"documentId\": \"x\", oops");
        ConsumerRecord<String, String> dead = awaitRecord(Topics.VALIDATE_DLQ, key);
        assertThat(dead.value()).isEqualTo("{\"documentId\": \"x\", oops");
        assertThat(header(dead, "dead-letter-reason")).contains("not valid JSON");
        assertThat(header(dead, RawHeaders.FAILURE_REASON)).startsWith("not valid JSON");
    }
}
