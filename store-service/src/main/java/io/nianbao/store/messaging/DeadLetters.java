package io.nianbao.store.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * reports.store.dlq: records that can never be stored (unreadable, no documentId, refused by a constraint), with
 * the headers of SmallRye's dead-letter strategy: dead-letter-reason, dead-letter-cause, dead-letter-topic,
 * dead-letter-partition, dead-letter-offset. Awaited (with a timeout) before the batch's offsets are committed.
 */
@ApplicationScoped
public class DeadLetters {
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    @Channel(Channels.DLQ_OUT)
    MutinyEmitter<String> emitter;
    @Inject
    MeterRegistry registry;

    public void send(ConsumerRecord<String, String> r, Throwable reason) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "dead-letter-reason", String.valueOf(reason.getMessage()));
        header(headers, "dead-letter-cause", reason.getClass().getName());
        header(headers, "dead-letter-topic", r.topic());
        header(headers, "dead-letter-partition", Integer.toString(r.partition()));
        header(headers, "dead-letter-offset", Long.toString(r.offset()));
        emitter.sendMessage(Message.of(r.value() == null ? "" : r.value())
                        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(r.key()).withHeaders(headers).build())
                        .addMetadata(TracingMetadata.withCurrent(Context.current())))
                .await().atMost(SEND_TIMEOUT);
        registry.counter("nianbao.store.dead.letters").increment();
        LOG.warnf("%s-%d@%d (key %s) dead-lettered to reports.store.dlq: %s", r.topic(), r.partition(), r.offset(),
                r.key(), reason.getMessage());
    }

    static void header(RecordHeaders h, String name, String value) {
        String v = value.length() > 2000 ? value.substring(0, 2000) : value;
        h.add(name, v.getBytes(StandardCharsets.UTF_8));
    }
}
