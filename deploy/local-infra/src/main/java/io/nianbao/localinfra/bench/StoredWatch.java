package io.nianbao.localinfra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Learns when each document is stored the way another team's service would: from store-service's STORED change
 * event on reports.changes (published by its outbox relay after the transaction that stored the report committed),
 * time-stamped when this consumer receives it. The runs then GET each stored document once from the query API, so
 * "stored" also means "served"; polling the query API for every pending document instead cost store-service
 * about a third of its CPU time (flight recording of a 600-report run), load the pipeline itself does not carry.
 */
final class StoredWatch implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** documentId -> System.nanoTime() when its first STORED event arrived. */
    private final Map<String, Long> storedAt = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private final Thread thread;

    StoredWatch(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-stored-watch");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 3000);
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        thread = new Thread(() -> {
            try (consumer) {
                consumer.subscribe(List.of("reports.changes"));
                while (running) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                        long now = System.nanoTime();
                        String id = storedId(r.value());
                        if (id != null) {
                            storedAt.putIfAbsent(id, now);
                        }
                    }
                }
            } catch (Exception e) {
                System.out.println("[bench] stored-event watch stopped: " + e);
            }
        }, "bench-stored-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** The documentId of a STORED change event, null for other changes and for what is not a change event. */
    static String storedId(String value) {
        if (value == null || !value.contains("STORED")) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(value);
            return "STORED".equals(n.path("change").asText()) && n.hasNonNull("documentId") ? n.get("documentId").asText() : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** When the document's STORED event arrived (System.nanoTime()), or null. */
    Long storedAt(String documentId) {
        return storedAt.get(documentId);
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
