package io.nianbao.store.messaging;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nianbao.store.domain.RetryPolicy;
import io.nianbao.store.domain.StoreDecision;
import io.nianbao.store.health.ConsumerState;
import io.nianbao.store.service.StoreService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The consumer's answer to failures, with the store and the dead-letter topic replaced by recorders. */
class ValidatedConsumerRetryTest {
    static final String ID_A = "a".repeat(64);
    static final String ID_B = "b".repeat(64);

    /** Fails as scripted, then stores; remembers every batch it was given. */
    static final class ScriptedStore extends StoreService {
        final List<RuntimeException> failures = new ArrayList<>();
        final List<List<String>> calls = new ArrayList<>();
        String refused;

        @Override
        public List<Result> storeBatch(List<Incoming> batch) {
            calls.add(batch.stream().map(i -> i.record().documentId).toList());
            if (!failures.isEmpty()) {
                throw failures.remove(0);
            }
            if (refused != null && batch.stream().anyMatch(i -> refused.equals(i.record().documentId))) {
                throw new StoreFailure(new SQLException("value too long for type character varying(64)", "22001"));
            }
            return batch.stream().map(i -> new Result(i.record().documentId, StoreDecision.NEW, 1)).toList();
        }
    }

    static final class RecordingDeadLetters extends DeadLetters {
        final List<String> keys = new ArrayList<>();

        @Override
        public void send(ConsumerRecord<String, String> r, Throwable reason) {
            keys.add(r.key());
        }
    }

    final ScriptedStore store = new ScriptedStore();
    final RecordingDeadLetters dead = new RecordingDeadLetters();
    final ConsumerState state = new ConsumerState();
    final List<Duration> waits = new ArrayList<>();
    final List<Boolean> readyDuringWaits = new ArrayList<>();

    ValidatedConsumer consumer() {
        ValidatedConsumer c = new ValidatedConsumer() {
            @Override
            void pause(Duration d) {
                waits.add(d);
                readyDuringWaits.add(state.failure() == null);
            }
        };
        c.store = store;
        c.deadLetters = dead;
        c.state = state;
        c.registry = new SimpleMeterRegistry();
        c.retry = new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(2));
        return c;
    }

    static StoreService.Incoming rec(String id) {
        return StoreService.read("{\"documentId\":\"" + id + "\"}");
    }

    static ConsumerRecord<String, String> src(String id) {
        return new ConsumerRecord<>("reports.validated", 0, 0L, id, "{\"documentId\":\"" + id + "\"}");
    }

    @Test
    void aDatabaseOutageIsRetriedWithBackoffAndNothingIsDeadLettered() {
        for (int i = 0; i < 6; i++) {
            store.failures.add(new StoreService.StoreFailure(new SQLException("Connection to 127.0.0.1:5432 refused", "08001")));
        }
        consumer().store(List.of(rec(ID_A), rec(ID_B)), List.of(src(ID_A), src(ID_B)));
        assertThat(store.calls).hasSize(7).allSatisfy(c -> assertThat(c).containsExactly(ID_A, ID_B));
        assertThat(waits).extracting(Duration::toMillis).containsExactly(100L, 200L, 400L, 800L, 1600L, 2000L);
        assertThat(readyDuringWaits).containsOnly(false); // readiness DOWN while waiting
        assertThat(state.failure()).isNull(); // and UP again once stored
        assertThat(dead.keys).isEmpty();
    }

    @Test
    void aRecordTheDatabaseRefusesIsDeadLetteredAloneAndTheOthersAreStored() {
        store.refused = ID_B;
        consumer().store(List.of(rec(ID_A), rec(ID_B)), List.of(src(ID_A), src(ID_B)));
        // the batch, then one by one
        assertThat(store.calls).containsExactly(List.of(ID_A, ID_B), List.of(ID_A), List.of(ID_B));
        assertThat(dead.keys).containsExactly(ID_B);
        assertThat(waits).isEmpty();
    }

    @Test
    void anUnreadableRecordNeverReachesTheStore() {
        ValidatedConsumer c = consumer();
        org.apache.kafka.common.TopicPartition tp = new org.apache.kafka.common.TopicPartition("reports.validated", 0);
        ConsumerRecord<String, String> bad = new ConsumerRecord<>("reports.validated", 0, 1L, "k1", "{not json");
        ConsumerRecord<String, String> noId = new ConsumerRecord<>("reports.validated", 0, 2L, "k2", "{\"documentId\":\"x\"}");
        ConsumerRecord<String, String> good = src(ID_A);
        c.relay = new OutboxRelay() {
            @Override
            public void trigger() {
            }
        };
        c.consume(new org.apache.kafka.clients.consumer.ConsumerRecords<>(java.util.Map.of(tp, List.of(bad, noId, good)),
                java.util.Map.of()));
        assertThat(dead.keys).containsExactly("k1", "k2");
        assertThat(store.calls).containsExactly(List.of(ID_A));
    }
}
