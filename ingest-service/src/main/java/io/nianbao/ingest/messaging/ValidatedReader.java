package io.nianbao.ingest.messaging;

import io.nianbao.contract.Json;
import io.nianbao.contract.Topics;
import io.nianbao.ingest.domain.RecordDigest;
import io.nianbao.ingest.service.ValidatedWaits;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteBufferDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Completes {@code ?wait} requests from reports.validated. A plain KafkaConsumer without a group (every
 * partition assigned, from the end at startup; no consumer group per replica left on the broker). Values are
 * taken as the fetched buffers and looked into only when a wait is pending for the key: then
 * {@link RecordDigest} reads the small part of the record. Nothing else is parsed or kept.
 * <p>
 * While no wait is pending (the normal case: a batch intake never waits), nothing is fetched: every
 * {@link #IDLE_TICK} the reader moves its positions to the partitions' end offsets (one ListOffsets request),
 * keeping them only when no wait was registered meanwhile (see {@link ValidatedWaits#generation()}), so a record
 * validated after any registration is at or after the position. A registration wakes it at once. With waits
 * pending it fetches every validated record (Kafka cannot filter by key) and looks only into those waited for.
 */
@ApplicationScoped
public class ValidatedReader {
    private static final Logger LOG = Logger.getLogger(ValidatedReader.class);
    private static final Duration REFRESH = Duration.ofSeconds(5);
    public static final Duration IDLE_TICK = Duration.ofMillis(200);

    @Inject
    ValidatedWaits waits;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    private volatile boolean running = true;
    private final java.util.concurrent.atomic.AtomicLong fetched = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean positioned;
    private volatile KafkaConsumer<String, ByteBuffer> consumer;
    private Thread thread;

    void start(@Observes StartupEvent ev) {
        thread = new Thread(this::run, "validated-reader");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent ev) {
        running = false;
        KafkaConsumer<String, ByteBuffer> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    /** Whether the reader has its start positions (waits registered from now on cannot be missed). */
    public boolean positioned() {
        return positioned;
    }

    /** Validated records fetched so far (only while waits were pending). */
    public long fetched() {
        return fetched.get();
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, ByteBuffer> c = newConsumer(bootstrapServers)) {
                consumer = c;
                read(c);
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf("reading %s failed (%s); retrying", Topics.VALIDATED, e.toString());
                sleep(REFRESH);
            }
        }
    }

    /** Where each partition was read to: a new consumer after a failure goes on from there. */
    private final Map<TopicPartition, Long> positions = new HashMap<>();

    private void read(KafkaConsumer<String, ByteBuffer> c) {
        Set<TopicPartition> assigned = new HashSet<>();
        long nextRefresh = System.nanoTime();
        while (running) {
            if (System.nanoTime() - nextRefresh >= 0) {
                List<TopicPartition> now = partitions(c);
                if (now.isEmpty()) {
                    positioned = true; // no topic yet: once it appears, all it holds is new
                }
                if (!assigned.containsAll(now)) {
                    List<TopicPartition> added = new ArrayList<>(now);
                    added.removeAll(assigned);
                    assigned.addAll(now);
                    c.assign(assigned);
                    for (TopicPartition tp : added) {
                        Long at = positions.get(tp);
                        if (at != null) {
                            c.seek(tp, at);
                        } else if (!positioned) {
                            c.seekToEnd(List.of(tp)); // startup: only what is validated from now on
                        } else {
                            c.seekToBeginning(List.of(tp)); // a partition added later holds only new records
                        }
                        positions.put(tp, c.position(tp));
                    }
                    positioned = true;
                }
                nextRefresh = System.nanoTime() + REFRESH.toNanos();
            }
            if (assigned.isEmpty()) {
                sleep(Duration.ofMillis(500));
                continue;
            }
            if (waits.none()) {
                idle(c, assigned);
                continue;
            }
            var records = c.poll(Duration.ofMillis(500));
            fetched.addAndGet(records.count());
            for (ConsumerRecord<String, ByteBuffer> r : records) {
                if (r.key() != null && r.value() != null && waits.isPending(r.key())) {
                    ByteBuffer v = r.value();
                    try {
                        byte[] bytes;
                        int off;
                        if (v.hasArray()) {
                            bytes = v.array();
                            off = v.arrayOffset() + v.position();
                        } else {
                            bytes = new byte[v.remaining()];
                            v.duplicate().get(bytes);
                            off = 0;
                        }
                        waits.complete(r.key(), Json.toString(RecordDigest.of(Json.mapper(), bytes, off, v.remaining())));
                    } catch (IOException e) {
                        LOG.warnf("validated record %s is not readable JSON (%s); the wait for it times out",
                                r.key(), e.getMessage());
                    }
                }
            }
            for (TopicPartition tp : assigned) {
                positions.put(tp, c.position(tp));
            }
        }
    }

    /** Nobody waits: move to the end offsets instead of fetching records that nobody would look into. */
    private void idle(KafkaConsumer<String, ByteBuffer> c, Set<TopicPartition> assigned) {
        long generation = waits.generation();
        Map<TopicPartition, Long> ends = c.endOffsets(assigned, Duration.ofSeconds(10));
        if (waits.none() && waits.generation() == generation) {
            for (Map.Entry<TopicPartition, Long> e : ends.entrySet()) {
                Long at = positions.get(e.getKey());
                if (at == null || e.getValue() > at) {
                    c.seek(e.getKey(), e.getValue());
                    positions.put(e.getKey(), e.getValue());
                }
            }
        }
        try {
            waits.awaitRegistration(IDLE_TICK);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, ByteBuffer> c) {
        List<PartitionInfo> infos = c.partitionsFor(Topics.VALIDATED, Duration.ofSeconds(10));
        List<TopicPartition> out = new ArrayList<>();
        if (infos != null) {
            for (PartitionInfo p : infos) {
                out.add(new TopicPartition(p.topic(), p.partition()));
            }
        }
        return out;
    }

    private static KafkaConsumer<String, ByteBuffer> newConsumer(String bootstrapServers) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "ingest-validated-reader");
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(50 * 1024 * 1024));
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(20 * 1024 * 1024));
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteBufferDeserializer());
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
