package io.nianbao.ingest.messaging;

import io.nianbao.contract.CloudEventTypes;
import io.nianbao.contract.RawHeaders;
import io.nianbao.ingest.config.IngestConfig;
import io.nianbao.ingest.service.DocumentPublisher;
import io.nianbao.ingest.service.RawDocument;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

/**
 * Publishes to reports.raw through the {@link Channels#RAW_OUT} channel (acks=all, idempotent producer) and
 * waits for the broker's acknowledgement: what was answered 202 is on the topic. Key = documentId; headers of
 * {@link RawHeaders}; CloudEvents in binary mode (ce_id = documentId, ce_type, ce_source, content-type = the
 * detected media type). Then the id is written to {@link IngestTopics#RAW_KEYS} (the persistent duplicate
 * memory). Both waits are bounded by {@code publish-timeout}.
 * <p>
 * Tracing: the record carries the W3C {@code traceparent} of the current span (the HTTP request's), so parse,
 * validate and store continue the same trace; one INFO line per published document ("accepted &lt;id&gt;") carries
 * its trace id.
 */
@ApplicationScoped
public class KafkaRawPublisher implements DocumentPublisher {
    private static final Logger LOG = Logger.getLogger(KafkaRawPublisher.class);

    @Inject
    @Channel(Channels.RAW_OUT)
    MutinyEmitter<byte[]> emitter;

    @Inject
    IngestConfig config;
    @Inject
    RawKeyIndex keys;
    @Inject
    MeterRegistry registry;

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
        // the producer span (and the traceparent header it writes) is a child of this request's span: named here,
        // not left to whichever thread the Kafka sink happens to run on
        Message<byte[]> message = Message.of(d.bytes()).addMetadata(kafka).addMetadata(ce)
                .addMetadata(TracingMetadata.withCurrent(Context.current()));
        try {
            emitter.sendMessage(message).await().atMost(config.publishTimeout());
        } catch (io.smallrye.mutiny.TimeoutException e) {
            throw new PublishException("the broker did not acknowledge within " + config.publishTimeout().toSeconds()
                    + " s (nianbao.ingest.publish-timeout)", e);
        } catch (RuntimeException e) {
            throw new PublishException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        LOG.infof("accepted %s (%s, %s, %d bytes): published to reports.raw", d.documentId(), d.fileName(),
                d.mediaType(), d.bytes().length);
        try {
            keys.append(d.documentId());
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // the document IS on reports.raw (acknowledged): the answer stays 202. Only the persistent duplicate
            // memory misses it: a later re-submission to another replica (or after a restart) may publish it
            // again, which downstream stages absorb (they key by documentId).
            LOG.warnf("%s is published, but recording it on %s failed (%s)", d.documentId(), IngestTopics.RAW_KEYS,
                    e.toString());
            Counter.builder("nianbao.ingest.key.index.failures")
                    .description("Published documents whose id could not be written to " + IngestTopics.RAW_KEYS)
                    .register(registry).increment();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void put(RecordHeaders headers, String name, String value) {
        if (value != null && !value.isBlank()) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
