package io.nianbao.ingest.messaging;

import io.nianbao.contract.Topics;
import io.nianbao.ingest.domain.SeenDocuments;
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
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The duplicate memory's source of truth is reports.raw itself. At startup a plain KafkaConsumer (no group:
 * manual assignment of every partition, from the beginning, values discarded) reads all keys into
 * {@link SeenDocuments}; it then keeps tailing the topic, so documents published by other replicas become
 * known too (with the lag of one poll), and picks up partitions added later.
 * <p>
 * Cost: a startup read of the whole topic (network and time proportional to the bytes retained; values are
 * fetched by the broker protocol even though they are dropped) and ~150 bytes of heap per document id.
 * Two replicas receiving the same new bytes within the same instant can both publish; downstream stages key
 * by documentId, so such a rare double is idempotent there.
 */
@ApplicationScoped
public class RawTopicIndex {
    private static final Logger LOG = Logger.getLogger(RawTopicIndex.class);
    private static final Duration REFRESH = Duration.ofSeconds(5);

    @Inject
    SeenDocuments seen;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    private final CountDownLatch loaded = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, Void> consumer;
    private volatile String lastError;
    private Thread thread;

    void start(@Observes StartupEvent ev) {
        thread = new Thread(this::run, "raw-topic-index");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent ev) {
        running = false;
        KafkaConsumer<String, Void> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    public boolean isLoaded() {
        return loaded.getCount() == 0;
    }

    public boolean awaitLoaded(Duration timeout) throws InterruptedException {
        return loaded.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public String lastError() {
        return lastError;
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, Void> c = newConsumer(bootstrapServers)) {
                consumer = c;
                tail(c);
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                lastError = e.toString();
                LOG.warnf("reading the keys of %s failed (%s); retrying", Topics.RAW, e.toString());
                sleep(REFRESH);
            }
        }
    }

    private void tail(KafkaConsumer<String, Void> c) {
        Set<TopicPartition> assigned = new HashSet<>();
        Map<TopicPartition, Long> targets = new HashMap<>();
        long nextRefresh = 0;
        while (running) {
            if (System.nanoTime() - nextRefresh >= 0) {
                List<TopicPartition> now = partitions(c);
                if (!assigned.containsAll(now) || assigned.isEmpty()) {
                    List<TopicPartition> added = new ArrayList<>(now);
                    added.removeAll(assigned);
                    assigned.addAll(now);
                    c.assign(assigned);
                    c.seekToBeginning(added);
                    if (!isLoaded()) {
                        targets.putAll(c.endOffsets(added));
                    }
                }
                nextRefresh = System.nanoTime() + REFRESH.toNanos();
            }
            if (!assigned.isEmpty()) {
                for (ConsumerRecord<String, Void> r : c.poll(Duration.ofMillis(500))) {
                    if (r.key() != null) {
                        seen.known(r.key());
                    }
                }
            } else {
                sleep(Duration.ofMillis(500));
            }
            if (!isLoaded() && targets.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue())) {
                lastError = null;
                loaded.countDown();
                LOG.infof("duplicate memory loaded: %d document ids from %s (%d partitions)", seen.size(), Topics.RAW,
                        assigned.size());
            }
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, Void> c) {
        List<PartitionInfo> infos = c.partitionsFor(Topics.RAW, Duration.ofSeconds(10));
        List<TopicPartition> out = new ArrayList<>();
        if (infos != null) {
            for (PartitionInfo p : infos) {
                out.add(new TopicPartition(p.topic(), p.partition()));
            }
        }
        return out;
    }

    /** Reads every key of reports.raw once, to the end as of now (used by tests to play a restarted instance). */
    public static int loadOnce(String bootstrapServers, SeenDocuments into, Duration timeout) {
        try (KafkaConsumer<String, Void> c = newConsumer(bootstrapServers)) {
            List<TopicPartition> parts = partitions(c);
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            long deadline = System.nanoTime() + timeout.toNanos();
            int n = 0;
            while (!end.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + Topics.RAW + " to the end in " + timeout);
                }
                for (ConsumerRecord<String, Void> r : c.poll(Duration.ofMillis(200))) {
                    into.known(r.key());
                    n++;
                }
            }
            return n;
        }
    }

    private static KafkaConsumer<String, Void> newConsumer(String bootstrapServers) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "ingest-raw-index");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(p, new StringDeserializer(), new DiscardDeserializer());
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Values are not needed: only the key (documentId) is kept. */
    static final class DiscardDeserializer implements Deserializer<Void> {
        @Override
        public Void deserialize(String topic, byte[] data) {
            return null;
        }
    }
}
