package io.nianbao.localinfra.bench;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches the three dead-letter topics, so that a run does not wait for documents that will never be stored
 * and can say how many were refused, where and why (header {@code dead-letter-reason}).
 */
final class DeadLetters extends TopicWatch {
    static final List<String> TOPICS = List.of("reports.parse.dlq", "reports.validate.dlq", "reports.store.dlq");

    /** documentId -> "topic: reason" of its first dead letter. */
    private final Map<String, String> byId = new ConcurrentHashMap<>();

    DeadLetters(String bootstrap) {
        super(bootstrap, "bench-dead-letter-watch", TOPICS, "dead-letter watch");
        start();
    }

    @Override
    void accept(ConsumerRecord<String, byte[]> r, long arrivedNanos) {
        if (r.key() != null) {
            Header h = r.headers().lastHeader("dead-letter-reason");
            String reason = h == null ? "?" : new String(h.value(), StandardCharsets.UTF_8);
            byId.putIfAbsent(r.key(), r.topic() + ": " + reason);
        }
    }

    boolean contains(String documentId) {
        return byId.containsKey(documentId);
    }

    String reason(String documentId) {
        return byId.get(documentId);
    }
}
