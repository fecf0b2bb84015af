package io.nianbao.ingest.messaging;

import io.nianbao.ingest.service.ValidatedWaits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Completes pending {@code ?wait} requests: reads reports.validated with a consumer group of its own per
 * instance (every replica sees every record), from the latest offset at startup.
 */
@ApplicationScoped
public class ValidatedListener {
    @Inject
    ValidatedWaits waits;

    @Incoming(Channels.VALIDATED_IN)
    public void onValidated(ConsumerRecord<String, String> record) {
        if (record.key() != null && record.value() != null) {
            waits.complete(record.key(), record.value());
        }
    }
}
