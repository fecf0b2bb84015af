package io.nianbao.ingest.messaging;

import io.nianbao.contract.CloudEventTypes;
import io.nianbao.contract.RawHeaders;
import io.nianbao.ingest.config.IngestConfig;
import io.nianbao.ingest.service.DocumentPublisher;
import io.nianbao.ingest.service.RawDocument;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

/**
 * Publishes to reports.raw through the {@link Channels#RAW_OUT} channel (acks=all, idempotent producer) and
 * waits for the broker's acknowledgement: what was answered 202 is on the topic. Key = documentId; headers of
 * {@link RawHeaders}; CloudEvents in binary mode (ce_id = documentId, ce_type, ce_source, content-type = the
 * detected media type).
 */
@ApplicationScoped
public class KafkaRawPublisher implements DocumentPublisher {
    @Inject
    @Channel(Channels.RAW_OUT)
    MutinyEmitter<byte[]> emitter;

    @Inject
    IngestConfig config;

    @Override
    public void publish(RawDocument d) throws PublishException {
        RecordHeaders headers = new RecordHeaders();
        put(headers, RawHeaders.DOCUMENT_ID, d.documentId());
        put(headers, RawHeaders.FILE_NAME, d.fileName());
        put(headers, RawHeaders.MEDIA_TYPE, d.mediaType());
        put(headers, RawHeaders.CLAIMED_MEDIA_TYPE, d.claimedMediaType());
        put(headers, RawHeaders.SOURCE_URL, d.sourceUrl());
        put(headers, RawHeaders.RECEIVED_AT, d.receivedAt().toString());
        put(headers, RawHeaders.HINT_AGENCY, d.agencyHint());
        put(headers, RawHeaders.CHANNEL, d.channel());

        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(d.documentId())
                .withHeaders(headers)
                .build();
        OutgoingCloudEventMetadata<Object> ce = OutgoingCloudEventMetadata.builder()
                .withId(d.documentId())
                .withType(CloudEventTypes.RAW)
                .withSource(URI.create(CloudEventTypes.SOURCE_INGEST))
                .withDataContentType(d.mediaType())
                .withSubject(d.documentId())
                .withTimestamp(d.receivedAt().atZone(ZoneOffset.UTC))
                .build();
        Message<byte[]> message = Message.of(d.bytes()).addMetadata(kafka).addMetadata(ce);
        try {
            emitter.sendMessage(message).await().atMost(config.publishTimeout());
        } catch (RuntimeException e) {
            throw new PublishException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static void put(RecordHeaders headers, String name, String value) {
        if (value != null && !value.isBlank()) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
