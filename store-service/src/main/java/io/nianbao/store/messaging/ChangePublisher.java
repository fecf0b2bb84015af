package io.nianbao.store.messaging;

import io.nianbao.contract.CloudEventTypes;
import io.nianbao.contract.Json;
import io.nianbao.store.service.ChangeEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/** Publishes change events on reports.changes: CloudEvents binary mode, key = documentId, waits for the broker's ack. */
@ApplicationScoped
public class ChangePublisher {
    @Inject
    @Channel(Channels.CHANGES_OUT)
    MutinyEmitter<String> emitter;

    public void publish(List<ChangeEvent> events) {
        for (ChangeEvent e : events) {
            emitter.sendMessageAndAwait(message(e));
        }
    }

    static Message<String> message(ChangeEvent e) {
        return Message.of(Json.toString(e))
                .addMetadata(OutgoingCloudEventMetadata.<String>builder()
                        .withId(e.id)
                        .withType(e.ceType())
                        .withSource(URI.create(CloudEventTypes.SOURCE_STORE))
                        .withSubject(e.documentId)
                        .withDataContentType("application/json")
                        .withDataSchema(URI.create("/api/schemas/change-event"))
                        .withTimestamp(ZonedDateTime.now(ZoneOffset.UTC))
                        .build())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(e.documentId).build());
    }
}
