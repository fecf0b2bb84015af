package io.nianbao.store.messaging;

import io.nianbao.contract.CloudEventTypes;
import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.net.URI;

/**
 * Re-validation: republishes a stored record in its parsed form (without findings, summary and rule-set
 * version) to reports.parsed, key = documentId, so that validate-service checks it again with its current
 * rules. What comes back on reports.validated is stored idempotently: same rule set = nothing changes,
 * newer rule set = the document's validate-service findings are replaced.
 */
@ApplicationScoped
public class ParsedRepublisher {
    @Inject
    @Channel(Channels.PARSED_OUT)
    MutinyEmitter<String> emitter;

    public static ReportRecord parsedForm(ReportRecord validated) {
        validated.findings = null;
        validated.summary = null;
        validated.ruleSetVersion = null;
        return validated;
    }

    public void republish(String recordJson) {
        ReportRecord parsed = parsedForm(Json.read(recordJson, ReportRecord.class));
        emitter.sendMessage(Message.of(Json.toString(parsed))
                .addMetadata(OutgoingCloudEventMetadata.<String>builder()
                        .withId(parsed.documentId + "-revalidate-" + System.currentTimeMillis())
                        .withType(CloudEventTypes.PARSED)
                        .withSource(URI.create(CloudEventTypes.SOURCE_STORE))
                        .withSubject(parsed.documentId)
                        .withDataContentType("application/json")
                        .build())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(parsed.documentId).build()))
                .await().atMost(java.time.Duration.ofSeconds(30));
    }
}
