package io.nianbao.store.messaging;

import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import io.nianbao.store.service.StoreService;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes reports.validated. A record that cannot be read or stored is nacked and goes to reports.store.dlq
 * (failure-strategy=dead-letter-queue). The change events are published after the transaction commits; the
 * message is acknowledged (offset committed) only after the broker acknowledged them.
 */
@ApplicationScoped
public class ValidatedConsumer {
    @Inject
    StoreService store;
    @Inject
    ChangePublisher publisher;
    @Inject
    MeterRegistry registry;

    @Incoming(Channels.VALIDATED_IN)
    @Blocking
    public void consume(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("empty message on reports.validated");
        }
        ReportRecord record = Json.read(json, ReportRecord.class);
        StoreService.Outcome outcome = store.store(record, json);
        publisher.publish(outcome.events());
        registry.counter("nianbao.store.records", "decision", outcome.decision().name().toLowerCase()).increment();
        registry.counter("nianbao.store.events").increment(outcome.events().size());
    }
}
