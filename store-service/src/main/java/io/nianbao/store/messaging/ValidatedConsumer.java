package io.nianbao.store.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.nianbao.store.config.StoreConfig;
import io.nianbao.store.domain.RetryPolicy;
import io.nianbao.store.health.ConsumerState;
import io.nianbao.store.service.StoreService;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Consumes reports.validated in batches (one poll = one batch, {@code batch=true}) and stores each batch in one
 * transaction. Unreadable records go to reports.store.dlq before the transaction. When the database is
 * unreachable the batch is retried with exponential backoff, for as long as it takes (readiness DOWN meanwhile),
 * never dead-lettered; when a record of the batch is refused for its content, the batch is stored record by
 * record and only the refused ones are dead-lettered. The offsets are committed when the method returns: after
 * the commit (the change events are in the outbox by then) and after the dead letters were acknowledged.
 * <p>
 * Tracing: every record gets a "store" span, child of the trace its own {@code traceparent} header carries
 * ({@link RecordTraces}), from before the batch is stored until after; the INFO line "stored &lt;id&gt;" is written
 * inside it, so it carries the document's trace id. A dead letter is sent inside a span of its record's trace.
 */
@ApplicationScoped
public class ValidatedConsumer {
    private static final Logger LOG = Logger.getLogger(ValidatedConsumer.class);

    @Inject
    StoreService store;
    @Inject
    OutboxRelay relay;
    @Inject
    DeadLetters deadLetters;
    @Inject
    ConsumerState state;
    @Inject
    StoreConfig config;
    @Inject
    MeterRegistry registry;
    @Inject
    RecordTraces traces = RecordTraces.none();

    RetryPolicy retry;
    volatile boolean stopping;

    @PostConstruct
    void init() {
        retry = new RetryPolicy(config.retryInitial(), config.retryMax());
    }

    void onStop(@Observes ShutdownEvent e) {
        stopping = true;
    }

    @Incoming(Channels.VALIDATED_IN)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        List<StoreService.Incoming> batch = new ArrayList<>(records.count());
        List<ConsumerRecord<String, String>> sources = new ArrayList<>(records.count());
        Map<String, Span> spans = new HashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            try {
                StoreService.Incoming in = StoreService.read(r.value());
                batch.add(in);
                sources.add(r);
                Span previous = spans.put(in.record().documentId, traces.start("store", r));
                if (previous != null) {
                    previous.end(); // the same document twice in one poll: the later record's trace logs it
                }
            } catch (StoreService.NotARecord e) {
                deadLetter(r, e);
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            for (StoreService.Result stored : store(batch, sources)) {
                Span span = spans.get(stored.documentId());
                try (Scope ignored = span == null ? Scope.noop() : span.makeCurrent()) {
                    LOG.infof("stored %s (%s, %d change event(s))", stored.documentId(),
                            stored.decision().name().toLowerCase(), stored.events());
                }
            }
        } finally {
            spans.values().forEach(Span::end);
        }
        relay.trigger();
    }

    /** Stores the batch (retrying while the database is away); returns what was stored, without the dead-lettered. */
    List<StoreService.Result> store(List<StoreService.Incoming> batch, List<ConsumerRecord<String, String>> sources) {
        int failures = 0;
        while (true) {
            try {
                List<StoreService.Result> results = store.storeBatch(batch);
                state.ok();
                for (StoreService.Result r : results) {
                    registry.counter("nianbao.store.records", "decision", r.decision().name().toLowerCase()).increment();
                    registry.counter("nianbao.store.events").increment(r.events());
                }
                registry.counter("nianbao.store.batches").increment();
                return results;
            } catch (RuntimeException e) {
                if (RetryPolicy.classify(e) == RetryPolicy.Kind.TRANSIENT) {
                    failures++;
                    state.failing(e, failures);
                    registry.counter("nianbao.store.retries").increment();
                    Duration wait = retry.delay(failures);
                    LOG.warnf("batch of %d record(s) not stored (attempt %d: %s): retrying in %d ms", batch.size(), failures,
                            e.getMessage(), wait.toMillis());
                    pause(wait);
                    continue;
                }
                if (batch.size() == 1) {
                    deadLetter(sources.get(0), e);
                    return List.of();
                }
                LOG.warnf("batch of %d record(s) refused (%s): storing them one by one", batch.size(), e.getMessage());
                List<StoreService.Result> stored = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    stored.addAll(store(List.of(batch.get(i)), List.of(sources.get(i))));
                }
                return stored;
            }
        }
    }

    void deadLetter(ConsumerRecord<String, String> r, Throwable reason) {
        Span span = traces.start("dead-letter", r);
        try (Scope ignored = span.makeCurrent()) {
            sendDeadLetter(r, reason);
        } finally {
            span.end();
        }
    }

    private void sendDeadLetter(ConsumerRecord<String, String> r, Throwable reason) {
        int failures = 0;
        while (true) {
            try {
                deadLetters.send(r, reason);
                return;
            } catch (RuntimeException e) {
                failures++;
                LOG.warnf("dead letter not sent (attempt %d: %s)", failures, e.getMessage());
                pause(retry.delay(failures));
            }
        }
    }

    void pause(Duration d) {
        if (stopping) {
            throw new IllegalStateException("shutting down: the batch is not acknowledged and will be consumed again");
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", ie);
        }
    }
}
