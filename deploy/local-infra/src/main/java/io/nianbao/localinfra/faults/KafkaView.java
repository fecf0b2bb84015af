package io.nianbao.localinfra.faults;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Plain Kafka clients (no group) over the pipeline's broker: whole-topic reads, dead letters, consumer lag. */
final class KafkaView {
    static final List<String> DLQS = List.of("reports.parse.dlq", "reports.validate.dlq", "reports.store.dlq");

    record Rec(String topic, int partition, long offset, String key, Map<String, String> headers, byte[] value) {
    }

    private final String bootstrap;

    KafkaView(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    private Properties common() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return p;
    }

    Admin admin() {
        Properties p = common();
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000);
        return Admin.create(p);
    }

    /** Creates the topics if they are missing (3 partitions, as the broker's default). */
    void ensureTopics(Collection<String> topics) {
        try (Admin a = admin()) {
            var existing = a.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t)).map(t -> new NewTopic(t, 3, (short) 1)).toList();
            if (!missing.isEmpty()) {
                try {
                    a.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // created meanwhile by a service: fine
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot list topics: " + e, e);
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties p = common();
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 25 * 1024 * 1024);
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 50 * 1024 * 1024);
        return new KafkaConsumer<>(p);
    }

    /** Every record of the topics from the beginning to the current end, given one by one to the sink. */
    void readAll(Collection<String> topics, boolean withValues, Consumer<Rec> sink) {
        try (KafkaConsumer<String, byte[]> c = consumer()) {
            List<TopicPartition> parts = new ArrayList<>();
            for (String t : topics) {
                c.partitionsFor(t, Duration.ofSeconds(30)).forEach(pi -> parts.add(new TopicPartition(t, pi.partition())));
            }
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < deadline && parts.stream().anyMatch(tp -> c.position(tp, Duration.ofSeconds(30)) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
                    sink.accept(new Rec(r.topic(), r.partition(), r.offset(), r.key(), headers(r), withValues ? r.value() : null));
                }
            }
        }
    }

    static Map<String, String> headers(ConsumerRecord<?, ?> r) {
        Map<String, String> h = new HashMap<>();
        for (Header x : r.headers()) {
            h.put(x.key(), x.value() == null ? null : new String(x.value(), StandardCharsets.UTF_8));
        }
        return h;
    }

    /** Consumer lag per group and partition (committed offset behind the log end); only partitions with lag > 0. */
    Map<String, Map<TopicPartition, Long>> lag() {
        Map<String, Map<TopicPartition, Long>> out = new HashMap<>();
        try (Admin a = admin()) {
            for (GroupListing g : a.listGroups(ListGroupsOptions.forConsumerGroups()).all().get(30, TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        a.listConsumerGroupOffsets(g.groupId()).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> ask = new HashMap<>();
                committed.keySet().forEach(tp -> ask.put(tp, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = a.listOffsets(ask).all().get(30, TimeUnit.SECONDS);
                Map<TopicPartition, Long> behind = new HashMap<>();
                for (var e : committed.entrySet()) {
                    long l = ends.get(e.getKey()).offset() - (e.getValue() == null ? 0 : e.getValue().offset());
                    if (l > 0) {
                        behind.put(e.getKey(), l);
                    }
                }
                out.put(g.groupId(), behind);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read consumer lag: " + e, e);
        }
        return out;
    }

    /**
     * Partitions of the topics that hold records but on which no consumer group has committed up to the end
     * (a partition nobody reads, or that is stuck): "topic-partition end=N committed=M" per partition.
     */
    List<String> notConsumedToEnd(Collection<String> topics) {
        List<String> out = new ArrayList<>();
        try (Admin a = admin(); KafkaConsumer<String, byte[]> c = consumer()) {
            Map<TopicPartition, Long> best = new HashMap<>();
            for (GroupListing g : a.listGroups(ListGroupsOptions.forConsumerGroups()).all().get(30, TimeUnit.SECONDS)) {
                a.listConsumerGroupOffsets(g.groupId()).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS)
                        .forEach((tp, om) -> {
                            if (om != null) {
                                best.merge(tp, om.offset(), Math::max);
                            }
                        });
            }
            List<TopicPartition> parts = new ArrayList<>();
            for (String t : topics) {
                c.partitionsFor(t, Duration.ofSeconds(30)).forEach(pi -> parts.add(new TopicPartition(t, pi.partition())));
            }
            Map<TopicPartition, Long> begin = c.beginningOffsets(parts, Duration.ofSeconds(30));
            Map<TopicPartition, Long> end = c.endOffsets(parts, Duration.ofSeconds(30));
            for (TopicPartition tp : parts) {
                long committed = best.getOrDefault(tp, -1L);
                if (end.get(tp) > begin.get(tp) && committed < end.get(tp)) {
                    out.add(tp + " end=" + end.get(tp) + " committed=" + committed);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read offsets: " + e, e);
        }
        return out;
    }
}
