package io.nianbao.store.messaging;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The trace of each record of a batch. A batch ({@code ConsumerRecords}) reaches {@link ValidatedConsumer} as one
 * payload: SmallRye traces every record of it, but in metadata the method does not see, and no context is current.
 * So each record's context is extracted from its own {@code traceparent} header (W3C, the configured propagators)
 * and a span for that record is started as its child: the store step of the document's one trace.
 */
@Singleton
public class RecordTraces {
    static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            List<String> keys = new ArrayList<>();
            headers.forEach(h -> keys.add(h.key()));
            return keys;
        }

        @Override
        public String get(Headers headers, String key) {
            if (headers == null) {
                return null;
            }
            Header h = headers.lastHeader(key);
            return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    @Inject
    public RecordTraces(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("io.nianbao.store");
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    /** Without OpenTelemetry (plain unit tests): spans that record nothing. */
    static RecordTraces none() {
        return new RecordTraces(OpenTelemetry.noop());
    }

    /** The context the record's headers carry (the root context when they carry none). */
    public Context parentOf(ConsumerRecord<?, ?> r) {
        return propagator.extract(Context.root(), r.headers(), HEADERS);
    }

    /** A started span named {@code name}, child of the record's own trace; the caller ends it. */
    public Span start(String name, ConsumerRecord<?, ?> r) {
        return tracer.spanBuilder(name).setParent(parentOf(r))
                .setAttribute("messaging.destination.name", r.topic())
                .setAttribute("messaging.kafka.destination.partition", (long) r.partition())
                .setAttribute("messaging.kafka.message.offset", r.offset())
                .startSpan();
    }
}
