package io.nianbao.ingest.messaging;

import io.nianbao.contract.Topics;
import io.nianbao.ingest.config.IngestConfig;
import io.nianbao.ingest.domain.SeenDocuments;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The duplicate memory's persistent side: the compacted key-only topic {@link IngestTopics#RAW_KEYS}.
 * <ul>
 * <li>At startup a plain KafkaConsumer (no group: every partition assigned, from the beginning) reads the ids
 *     into {@link SeenDocuments}: about 100 bytes per document on the wire instead of the documents themselves.
 *     It keeps tailing, so ids written by other replicas become known (with the lag of one poll).</li>
 * <li>{@link #append(String)} writes one id after each acknowledged publish to reports.raw (bounded by
 *     {@code publish-timeout}).</li>
 * <li>The topic is created (compacted) when missing; if this instance created it, the ids already on
 *     reports.raw are copied into it once (the old full scan, a one-time migration).</li>
 * </ul>
 * Readiness does not wait for the load: see {@link #awaitLoaded} and the README for what a submission before
 * the end of the load gets.
 */
@ApplicationScoped
public class RawKeyIndex {
    private static final Logger LOG = Logger.getLogger(RawKeyIndex.class);
    private static final Duration REFRESH = Duration.ofSeconds(5);
    private static final byte[] EMPTY = new byte[0];

    @Inject
    SeenDocuments seen;
    @Inject
    IngestConfig config;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    private final CountDownLatch loaded = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, Void> consumer;
    private volatile KafkaProducer<String, byte[]> producer;
    private volatile String lastError;
    private Thread thread;

    void start(@Observes StartupEvent ev) {
        thread = new Thread(this::run, "raw-key-index");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent ev) {
        running = false;
        KafkaConsumer<String, Void> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        KafkaProducer<String, byte[]> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(2));
        }
    }

    public boolean isLoaded() {
        return loaded.getCount() == 0;
    }

    public boolean awaitLoaded(Duration timeout) throws InterruptedException {
        return loaded.await(Math.max(timeout.toMillis(), 0), TimeUnit.MILLISECONDS);
    }

    public String lastError() {
        return lastError;
    }

    /** Records a published id on the keys topic; waits for the acknowledgement at most {@code publish-timeout}. */
    public void append(String documentId) throws ExecutionException, TimeoutException, InterruptedException {
        producer().send(new ProducerRecord<>(IngestTopics.RAW_KEYS, documentId, EMPTY))
                .get(config.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = newProducer(bootstrapServers, config.publishTimeout());
                }
            }
        }
        return producer;
    }

    private void run() {
        while (running) {
            try {
                ensureTopic();
                try (KafkaConsumer<String, Void> c = newConsumer(bootstrapServers)) {
                    consumer = c;
                    tail(c);
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException | ExecutionException | TimeoutException e) {
                lastError = e.toString();
                LOG.warnf("reading %s failed (%s); retrying", IngestTopics.RAW_KEYS, e.toString());
                sleep(REFRESH);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Creates the compacted keys topic if missing; the creator copies the ids already on reports.raw. */
    private void ensureTopic() throws ExecutionException, TimeoutException, InterruptedException {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        boolean created;
        try (Admin admin = Admin.create(p)) {
            if (admin.listTopics().names().get(15, TimeUnit.SECONDS).contains(IngestTopics.RAW_KEYS)) {
                return;
            }
            NewTopic topic = new NewTopic(IngestTopics.RAW_KEYS, Optional.empty(), Optional.empty())
                    .configs(Map.of("cleanup.policy", "compact"));
            try {
                admin.createTopics(List.of(topic)).all().get(15, TimeUnit.SECONDS);
                created = true;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TopicExistsException) {
                    return;
                }
                throw e;
            }
        }
        if (created) {
            LOG.infof("created the compacted topic %s; copying the ids already on %s", IngestTopics.RAW_KEYS, Topics.RAW);
            List<String> ids = new ArrayList<>();
            loadKeys(bootstrapServers, Topics.RAW, Duration.ofMinutes(30), id -> {
                seen.known(id);
                ids.add(id);
            });
            for (String id : ids) {
                producer().send(new ProducerRecord<>(IngestTopics.RAW_KEYS, id, EMPTY));
            }
            producer().flush();
            LOG.infof("copied %d ids from %s to %s", ids.size(), Topics.RAW, IngestTopics.RAW_KEYS);
        }
    }

    private void tail(KafkaConsumer<String, Void> c) {
        Set<TopicPartition> assigned = new HashSet<>();
        Map<TopicPartition, Long> targets = new HashMap<>();
        long nextRefresh = System.nanoTime();
        while (running) {
            if (System.nanoTime() - nextRefresh >= 0) {
                List<TopicPartition> now = partitions(c, IngestTopics.RAW_KEYS);
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
            if (!isLoaded() && !assigned.isEmpty()
                    && targets.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue())) {
                lastError = null;
                loaded.countDown();
                LOG.infof("duplicate memory loaded: %d document ids from %s (%d partitions)", seen.size(),
                        IngestTopics.RAW_KEYS, assigned.size());
            }
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, Void> c, String topic) {
        List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(10));
        List<TopicPartition> out = new ArrayList<>();
        if (infos != null) {
            for (PartitionInfo p : infos) {
                out.add(new TopicPartition(p.topic(), p.partition()));
            }
        }
        return out;
    }

    /** Reads every key of {@code topic} once, to its end as of now (also used by tests to play a restart). */
    public static int loadKeys(String bootstrapServers, String topic, Duration timeout,
                               java.util.function.Consumer<String> into) {
        try (KafkaConsumer<String, Void> c = newConsumer(bootstrapServers)) {
            List<TopicPartition> parts = partitions(c, topic);
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            long deadline = System.nanoTime() + timeout.toNanos();
            int n = 0;
            while (!end.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to the end in " + timeout);
                }
                for (ConsumerRecord<String, Void> r : c.poll(Duration.ofMillis(200))) {
                    if (r.key() != null) {
                        into.accept(r.key());
                        n++;
                    }
                }
            }
            return n;
        }
    }

    /** The duplicate memory of a fresh instance: every id of the keys topic (tests play a restart with it). */
    public static int loadOnce(String bootstrapServers, SeenDocuments into, Duration timeout) {
        return loadKeys(bootstrapServers, IngestTopics.RAW_KEYS, timeout, into::known);
    }

    private static KafkaConsumer<String, Void> newConsumer(String bootstrapServers) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "ingest-raw-key-index");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(p, new StringDeserializer(), new DiscardDeserializer());
    }

    static KafkaProducer<String, byte[]> newProducer(String bootstrapServers, Duration timeout) {
        long ms = Math.max(timeout.toMillis(), 1000);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-raw-keys");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        // every wait of a send is bounded: metadata/buffer (max.block.ms) and delivery (delivery.timeout.ms)
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(ms));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(Math.max(ms / 2, 500)));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(ms));
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
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
