package io.nianbao.parse.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.nianbao.contract.CloudEventTypes;
import io.nianbao.contract.DocumentIds;
import io.nianbao.contract.Json;
import io.nianbao.contract.RawHeaders;
import io.nianbao.contract.ReportRecord;
import io.nianbao.parse.extract.UnreadableDocumentException;
import io.nianbao.parse.service.ParseService;
import io.nianbao.parse.service.RecentDeliveries;
import io.nianbao.parse.service.SourceInfo;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;

/**
 * reports.raw -> {@link ParseService} -> reports.parsed.
 *
 * <p>Every outcome acks or nacks the incoming record explicitly: a published record acks it (after the broker
 * acknowledged the publication); a refusal (unreadable document, parser error, failed publication) nacks it with the
 * exception, so the dead-letter-queue failure strategy sends it to reports.parse.dlq with SmallRye's
 * {@code dead-letter-reason} header plus {@link RawHeaders#FAILURE_REASON} ({@code REASON: message}); the original
 * nb-* headers travel along. An exact re-delivery already published by this process ({@link RecentDeliveries})
 * is acked without publishing again.
 *
 * <p>Tracing: SmallRye's Kafka source continues the trace of the record's {@code traceparent} header in the incoming
 * message's {@link TracingMetadata}; a message sent through an emitter takes its parent from its own TracingMetadata,
 * else from whatever context is current on the thread the sink runs on. So the work runs in a "parse" span, child of
 * the incoming record's context (named explicitly, not assumed current on the worker), made current (log lines carry
 * its trace id), and the outgoing record names it as its parent.
 */
@ApplicationScoped
public class RawReportConsumer {
    private static final Logger LOG = Logger.getLogger(RawReportConsumer.class);

    @Inject
    ParseService service;

    @Inject
    RecentDeliveries recent;

    @Inject
    MeterRegistry registry;

    @Inject
    @Channel(Channels.PARSED_OUT)
    MutinyEmitter<String> parsed;

    @Inject
    Tracer tracer;

    /** Extraction is CPU-bound: a bounded pool (smallrye.messaging.worker.parse-pool.max-concurrency), not one thread per record. */
    @Incoming(Channels.RAW_IN)
    @Blocking(value = "parse-pool", ordered = false)
    public CompletionStage<Void> onRaw(Message<byte[]> message) {
        Context incoming = TracingMetadata.fromMessage(message).map(TracingMetadata::getCurrentContext)
                .orElse(null);
        Span span = tracer.spanBuilder("parse").setParent(incoming != null ? incoming : Context.current()).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return parseAndPublish(message);
        } finally {
            span.end();
        }
    }

    private CompletionStage<Void> parseAndPublish(Message<byte[]> message) {
        byte[] bytes = message.getPayload();
        Headers headers = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getHeaders).orElse(new RecordHeaders());
        if (bytes == null || bytes.length == 0) {
            return refuse(message, "EMPTY", new IllegalArgumentException("empty message: no document bytes"));
        }
        String documentId = DocumentIds.of(bytes);
        SourceInfo source = new SourceInfo(
                header(headers, RawHeaders.FILE_NAME),
                firstNonBlank(header(headers, RawHeaders.CLAIMED_MEDIA_TYPE), header(headers, RawHeaders.MEDIA_TYPE)),
                header(headers, RawHeaders.SOURCE_URL),
                header(headers, RawHeaders.RECEIVED_AT),
                header(headers, RawHeaders.HINT_AGENCY),
                header(headers, RawHeaders.CHANNEL));
        String deliveryKey = RecentDeliveries.key(documentId, source.fileName(), source.claimedMediaType(),
                source.uri(), source.receivedAt(), source.agencyHint(), source.channel());
        if (!recent.tryClaim(deliveryKey)) {
            registry.counter("nianbao.parse.redeliveries.skipped").increment();
            LOG.debugf("skipping exact re-delivery of %s", documentId);
            return message.ack();
        }
        ReportRecord record;
        try {
            record = service.parse(bytes, source);
        } catch (UnreadableDocumentException e) {
            recent.release(deliveryKey);
            LOG.infof("refused %s (%s): %s", documentId, source.fileName(), e.getMessage());
            return refuse(message, e.reason().name(), e);
        } catch (RuntimeException e) {
            recent.release(deliveryKey);
            LOG.warnf(e, "parser failed on %s (%s)", documentId, source.fileName());
            return refuse(message, "PARSER_ERROR", e);
        }
        // the send is not awaited on the parse thread: the thread takes the next record while the broker
        // acknowledges this one; the record is acked (its offset committed) only after the broker's ack, and
        // dead-lettered when the send fails or takes longer than SEND_TIMEOUT
        return parsed.sendMessage(outgoing(record).addMetadata(TracingMetadata.withCurrent(Context.current())))
                .ifNoItem().after(SEND_TIMEOUT).fail()
                .onItemOrFailure().transformToUni((ok, failure) -> {
                    if (failure != null) {
                        recent.release(deliveryKey);
                        LOG.warnf(failure, "could not publish %s", documentId);
                        return io.smallrye.mutiny.Uni.createFrom().completionStage(() -> refuse(message, "PUBLISH_FAILED", failure));
                    }
                    LOG.infof("parsed %s (%s): published to reports.parsed", documentId, source.fileName());
                    return io.smallrye.mutiny.Uni.createFrom().completionStage(message::ack);
                })
                .subscribeAsCompletionStage();
    }

    /** Longest wait for the broker to take a parsed record (then the raw record is dead-lettered, not lost). */
    static final java.time.Duration SEND_TIMEOUT = java.time.Duration.ofSeconds(30);

    static Message<String> outgoing(ReportRecord record) {
        String id = record.documentId;
        return Message.of(Json.toString(record))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(id).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(id)
                        .withType(CloudEventTypes.PARSED)
                        .withSource(URI.create(CloudEventTypes.SOURCE_PARSE))
                        .withSubject(id)
                        .withDataContentType("application/json")
                        .build());
    }

    private CompletionStage<Void> refuse(Message<byte[]> message, String reason, Throwable e) {
        RecordHeaders dlqHeaders = new RecordHeaders();
        dlqHeaders.add(RawHeaders.FAILURE_REASON, (reason + ": " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
        return message.nack(e, Metadata.of(OutgoingKafkaRecordMetadata.builder().withHeaders(dlqHeaders).build()));
    }

    private static String header(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
