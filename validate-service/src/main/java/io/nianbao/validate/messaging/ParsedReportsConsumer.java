package io.nianbao.validate.messaging;

import io.nianbao.contract.CloudEventTypes;
import io.nianbao.contract.RawHeaders;
import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.service.InvalidRecordException;
import io.nianbao.validate.service.ValidationService;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * reports.parsed -&gt; rules -&gt; reports.validated. The incoming record is acknowledged once the validated one is
 * written (at-least-once); a message that is not a parsed record, or whose output cannot be written, is nacked and
 * goes to reports.validate.dlq with the reason in {@code nb-failure-reason} (and SmallRye's dead-letter-reason).
 * Output: key = documentId, CloudEvents binary headers ce_id = documentId, ce_type = {@link CloudEventTypes#VALIDATED},
 * ce_source = {@link CloudEventTypes#SOURCE_VALIDATE}. The same input always gives the same output.
 * <p>
 * Tracing: the work runs in a "validate" span, child of the incoming record's trace (SmallRye's Kafka source puts the
 * context of its {@code traceparent} header in the message's TracingMetadata), made current so that log lines carry
 * the trace id; the outgoing record names that span as its parent (an emitter's message otherwise takes whatever
 * context the sink's thread has).
 */
@ApplicationScoped
public class ParsedReportsConsumer {
    private static final Logger LOG = Logger.getLogger(ParsedReportsConsumer.class);

    private final ValidationService service;
    private final Emitter<String> out;
    private final MeterRegistry meters;
    private final Tracer tracer;

    public ParsedReportsConsumer(ValidationService service,
                                 @Channel(Channels.VALIDATED_OUT) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 64)
                                 Emitter<String> out, MeterRegistry meters, Tracer tracer) {
        this.service = service;
        this.out = out;
        this.meters = meters;
        this.tracer = tracer;
    }

    @Incoming(Channels.PARSED_IN)
    @Blocking // JSON mapping and the rules are CPU work: keep them off the Kafka consumer's event loop
    public CompletionStage<Void> consume(Message<String> in) {
        Context incoming = TracingMetadata.fromMessage(in).map(TracingMetadata::getCurrentContext).orElse(null);
        Span span = tracer.spanBuilder("validate").setParent(incoming != null ? incoming : Context.current()).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return validateAndPublish(in);
        } finally {
            span.end();
        }
    }

    private CompletionStage<Void> validateAndPublish(Message<String> in) {
        String id;
        String json;
        String outcome;
        try {
            ReportRecord record = service.read(in.getPayload());
            id = record.documentId != null && !record.documentId.isBlank() ? record.documentId : incomingKey(in);
            if (id == null) {
                throw new InvalidRecordException("the parsed record has no documentId and the message no key");
            }
            record.documentId = id;
            ReportRecord validated = service.validate(record);
            json = service.write(validated);
            outcome = (validated.summary == null ? "?" : validated.summary.status) + ", "
                    + (validated.findings == null ? 0 : validated.findings.size()) + " finding(s)";
        } catch (RuntimeException e) {
            return reject(in, e);
        }
        OutgoingCloudEventMetadata<Object> ce = OutgoingCloudEventMetadata.builder()
                .withId(id)
                .withType(CloudEventTypes.VALIDATED)
                .withSource(URI.create(CloudEventTypes.SOURCE_VALIDATE))
                .withSubject(id)
                .withDataContentType("application/json")
                .build();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder().withKey(id).build();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Message<String> msg = Message.of(json, Metadata.of(ce, kafka, TracingMetadata.withCurrent(Context.current())))
                .withAck(() -> in.ack().whenComplete((v, e) -> complete(done, e)))
                .withNack(e -> reject(in, new IllegalStateException("could not publish the validated record: " + e.getMessage(), e))
                        .whenComplete((v, x) -> complete(done, x)));
        try {
            out.send(msg);
        } catch (RuntimeException e) {
            return reject(in, e);
        }
        LOG.infof("validated %s (%s): sent to reports.validated", id, outcome);
        return done;
    }

    private CompletionStage<Void> reject(Message<String> in, Throwable e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        LOG.warnf("record refused (to the dead-letter topic): %s", reason);
        meters.counter("nianbao.validate.rejected", "reason", e instanceof InvalidRecordException ? "invalid" : "failure").increment();
        in.getMetadata(IncomingKafkaRecordMetadata.class).ifPresent(m -> {
            try {
                m.getHeaders().remove(RawHeaders.FAILURE_REASON);
                m.getHeaders().add(RawHeaders.FAILURE_REASON, reason.getBytes(StandardCharsets.UTF_8));
            } catch (IllegalStateException readOnly) {
                LOG.debug("headers are read-only; the reason travels in dead-letter-reason only");
            }
        });
        return in.nack(e);
    }

    private static String incomingKey(Message<String> in) {
        return in.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getKey)
                .map(Object::toString)
                .filter(k -> !k.isBlank())
                .orElse(null);
    }

    private static void complete(CompletableFuture<Void> done, Throwable e) {
        if (e == null) {
            done.complete(null);
        } else {
            done.completeExceptionally(e);
        }
    }
}
