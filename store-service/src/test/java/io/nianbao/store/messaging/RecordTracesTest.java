package io.nianbao.store.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Each record of a batch continues the trace of its own traceparent header. */
class RecordTracesTest {
    static final String TRACE_A = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String SPAN_A = "00f067aa0ba902b7";
    static final String TRACE_B = "0af7651916cd43dd8448eb211c80319c";
    static final String SPAN_B = "b7ad6b7169203331";

    final RecordTraces traces = new RecordTraces(OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance())).build());

    static ConsumerRecord<String, String> record(long offset, String traceparent) {
        ConsumerRecord<String, String> r = new ConsumerRecord<>("reports.validated", 0, offset, "id" + offset, "{}");
        if (traceparent != null) {
            r.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return r;
    }

    @Test
    void twoRecordsOfOneBatchEachContinueTheirOwnTrace() {
        Span a = traces.start("store", record(1, "00-" + TRACE_A + "-" + SPAN_A + "-01"));
        Span b = traces.start("store", record(2, "00-" + TRACE_B + "-" + SPAN_B + "-01"));
        assertThat(a.getSpanContext().getTraceId()).isEqualTo(TRACE_A);
        assertThat(((ReadableSpan) a).getParentSpanContext().getSpanId()).isEqualTo(SPAN_A);
        assertThat(a.getSpanContext().getSpanId()).isNotEqualTo(SPAN_A);
        assertThat(b.getSpanContext().getTraceId()).isEqualTo(TRACE_B);
        assertThat(((ReadableSpan) b).getParentSpanContext().getSpanId()).isEqualTo(SPAN_B);
        a.end();
        b.end();
    }

    @Test
    void aRecordWithoutTraceContextStartsATraceOfItsOwn() {
        Span s = traces.start("store", record(3, null));
        assertThat(s.getSpanContext().isValid()).isTrue();
        assertThat(s.getSpanContext().getTraceId()).isNotIn(TRACE_A, TRACE_B);
        assertThat(((ReadableSpan) s).getParentSpanContext().isValid()).isFalse();
        s.end();
    }

    @Test
    void withoutOpenTelemetryTheSpansRecordNothing() {
        Span s = RecordTraces.none().start("store", record(4, "00-" + TRACE_A + "-" + SPAN_A + "-01"));
        assertThat(s.isRecording()).isFalse();
        s.end();
    }
}
