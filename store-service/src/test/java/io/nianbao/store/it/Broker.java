package io.nianbao.store.it;

import io.nianbao.contract.Topics;
import io.nianbao.testsupport.infra.RealKafkaResource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/** Plain Kafka clients on the test broker: produce validated records, read topics back from the beginning. */
public final class Broker {
    private static KafkaProducer<String, String> producer;

    private Broker() {
    }

    static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafkaResource.bootstrapServers());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 20 * 1024 * 1024);
            producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    public static void send(String topic, String key, String value) {
        try {
            producer().send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot produce to " + topic, e);
        }
    }

    public static void sendValidated(TestRecords.Builder b) {
        send(Topics.VALIDATED, b.build().documentId, b.json());
    }

    /** Every record of a topic now, from the beginning (all partitions). */
    public static List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafkaResource.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "store-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> parts = new ArrayList<>();
            for (PartitionInfo info : c.partitionsFor(topic, Duration.ofSeconds(20))) {
                parts.add(new TopicPartition(topic, info.partition()));
            }
            c.assign(parts);
            c.seekToBeginning(parts);
            var end = c.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    public static String header(ConsumerRecord<?, ?> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
