package io.nianbao.localinfra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Learns when each document is stored the way another team's service would: from store-service's STORED change
 * event on reports.changes (published by its outbox relay after the transaction that stored the report committed),
 * time-stamped when this consumer receives it. The runs then GET each stored document once from the query API, so
 * "stored" also means "served"; polling the query API for every pending document instead cost store-service
 * about a third of its CPU time (flight recording of a 600-report run), load the pipeline itself does not carry.
 */
final class StoredWatch extends TopicWatch {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** documentId -> System.nanoTime() when its first STORED event arrived. */
    private final Map<String, Long> storedAt = new ConcurrentHashMap<>();

    StoredWatch(String bootstrap) {
        super(bootstrap, "bench-stored-watch", List.of("reports.changes"), "stored-event watch");
        start();
    }

    @Override
    void accept(ConsumerRecord<String, byte[]> r, long arrivedNanos) {
        String id = storedId(r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8));
        if (id != null) {
            storedAt.putIfAbsent(id, arrivedNanos);
        }
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
}
