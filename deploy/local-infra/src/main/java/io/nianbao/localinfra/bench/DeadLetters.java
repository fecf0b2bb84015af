package io.nianbao.localinfra.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches the three dead-letter topics, so that a run does not wait for documents that will never be stored
 * and can say how many were refused, where and why (header {@code dead-letter-reason}).
 */
final class DeadLetters implements AutoCloseable {
    static final List<String> TOPICS = List.of("reports.parse.dlq", "reports.validate.dlq", "reports.store.dlq");

    /** documentId -> "topic: reason" of its first dead letter. */
    private final Map<String, String> byId = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private final Thread thread;

    DeadLetters(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-dead-letter-watch");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 3000);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 25 * 1024 * 1024);
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 25 * 1024 * 1024);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        thread = new Thread(() -> {
            try (consumer) {
                consumer.subscribe(TOPICS);
                while (running) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                        if (r.key() != null) {
                            Header h = r.headers().lastHeader("dead-letter-reason");
                            String reason = h == null ? "?" : new String(h.value(), StandardCharsets.UTF_8);
                            byId.putIfAbsent(r.key(), r.topic() + ": " + reason);
                        }
                    }
                }
            } catch (Exception e) {
                System.out.println("[bench] dead-letter watch stopped: " + e);
            }
        }, "bench-dead-letters");
        thread.setDaemon(true);
        thread.start();
    }

    boolean contains(String documentId) {
        return byId.containsKey(documentId);
    }

    String reason(String documentId) {
        return byId.get(documentId);
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
