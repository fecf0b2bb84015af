package io.nianbao.validate.messaging;

import io.nianbao.contract.CloudEventTypes;
import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.smallrye.reactive.messaging.memory.InMemorySource;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The consumer on the in-memory connector: output metadata, acknowledgement and refusal. */
@QuarkusTest
@WithTestResource(InMemoryChannels.class)
class ParsedReportsConsumerTest {
    @Inject
    @Any
    InMemoryConnector connector;

    @BeforeEach
    void clear() {
        connector.sink(Channels.VALIDATED_OUT).clear();
    }

    @Test
    void validatesAndPublishesWithCloudEventsMetadataThenAcks() {
        InMemorySource<Message<String>> in = connector.source(Channels.PARSED_IN);
        InMemorySink<String> out = connector.sink(Channels.VALIDATED_OUT);
        CompletableFuture<Void> acked = new CompletableFuture<>();
        in.send(Message.of(io.nianbao.validate.rest.ValidateApiTest.sample("003")).withAck(() -> {
            acked.complete(null);
            return CompletableFuture.completedFuture(null);
        }));
        await().atMost(Duration.ofSeconds(20)).until(() -> out.received().size() == 1);
        Message<String> m = out.received().get(0);
        ReportRecord r = Json.read(m.getPayload(), ReportRecord.class);
        assertThat(r.findings).extracting(f -> f.ruleId).contains("OTHER_JURISDICTION");
        OutgoingCloudEventMetadata<?> ce = m.getMetadata(OutgoingCloudEventMetadata.class).orElseThrow();
        assertThat(ce.getId()).isEqualTo(r.documentId);
        assertThat(ce.getType()).isEqualTo(CloudEventTypes.VALIDATED);
        assertThat(ce.getSource().toString()).isEqualTo(CloudEventTypes.SOURCE_VALIDATE);
        assertThat(m.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey()).isEqualTo(r.documentId);
        m.ack().toCompletableFuture().join();
        await().atMost(Duration.ofSeconds(10)).until(acked::isDone);
    }

    @Test
    void invalidJsonIsNackedAndNothingIsPublished() {
        InMemorySource<Message<String>> in = connector.source(Channels.PARSED_IN);
        AtomicReference<Throwable> nacked = new AtomicReference<>();
        in.send(Message.of("{ not json").withNack(e -> {
            nacked.set(e);
            return CompletableFuture.completedFuture(null);
        }));
        await().atMost(Duration.ofSeconds(20)).until(() -> nacked.get() != null);
        assertThat(nacked.get().getMessage()).startsWith("not valid JSON");
        assertThat(connector.sink(Channels.VALIDATED_OUT).received()).isEmpty();
    }
}
