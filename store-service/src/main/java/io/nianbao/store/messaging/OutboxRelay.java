package io.nianbao.store.messaging;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.nianbao.contract.CloudEventTypes;
import io.nianbao.store.config.StoreConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Publishes the outbox on reports.changes: unsent rows in the order they were written (locked with SKIP LOCKED,
 * so several instances share the work), CloudEvents binary mode with ce_id = the row's id, key = documentId;
 * once the broker acknowledged them all, the rows are marked sent in the same transaction. Runs after every stored
 * batch ({@link #trigger()}) and every {@code nianbao.store.outbox-interval}, so rows left by a crash between
 * commit and publish are sent at the next start. A crash after the send and before the mark sends them again with
 * the same ids: consumers drop the repeat.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    @Channel(Channels.CHANGES_OUT)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
    MutinyEmitter<String> emitter;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    StoreConfig config;
    @Inject
    MeterRegistry registry;

    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });

    /** Asks for a drain soon (after a commit), without waiting for it. */
    public void trigger() {
        again.set(true);
        executor.execute(this::drainQuietly);
    }

    @Scheduled(every = "{nianbao.store.outbox-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        again.set(true);
        drainQuietly();
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void cleanup() {
        try {
            int n = QuarkusTransaction.requiringNew().call(() -> {
                try (Connection c = dataSource.getConnection();
                     PreparedStatement ps = c.prepareStatement("delete from outbox where sent_at < ?")) {
                    ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minus(config.outboxRetention()));
                    return ps.executeUpdate();
                }
            });
            if (n > 0) {
                LOG.debugf("outbox: %d sent row(s) older than %s deleted", n, config.outboxRetention());
            }
        } catch (RuntimeException e) {
            LOG.debugf("outbox cleanup failed: %s", e.getMessage());
        }
    }

    void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay: %s (the rows stay unsent and are retried)", e.getMessage());
        }
    }

    /** Publishes unsent rows until none is left; returns how many were sent. */
    public int drain() {
        if (!lock.tryLock()) {
            return 0; // the running drain sees the flag
        }
        int total = 0;
        try {
            while (again.getAndSet(false)) {
                int n;
                do {
                    n = drainOnce();
                    total += n;
                } while (n > 0);
            }
        } finally {
            lock.unlock();
        }
        return total;
    }

    record Row(long seq, String id, String documentId, String ceType, String payload, OffsetDateTime createdAt) {
    }

    int drainOnce() {
        int n = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                List<Row> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("select seq, id, document_id, ce_type, payload, created_at"
                        + " from outbox where sent_at is null order by seq limit ? for update skip locked")) {
                    ps.setInt(1, config.outboxBatch());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                    rs.getString(5), rs.getObject(6, OffsetDateTime.class)));
                        }
                    }
                }
                if (rows.isEmpty()) {
                    return 0;
                }
                List<Uni<Void>> sends = new ArrayList<>(rows.size());
                for (Row r : rows) {
                    sends.add(emitter.sendMessage(message(r)));
                }
                Uni.join().all(sends).andFailFast().await().atMost(SEND_TIMEOUT);
                try (PreparedStatement ps = c.prepareStatement("update outbox set sent_at = now() where seq = any(?)")) {
                    ps.setArray(1, c.createArrayOf("bigint", rows.stream().map(Row::seq).toArray()));
                    ps.executeUpdate();
                }
                return rows.size();
            } catch (SQLException e) {
                throw new IllegalStateException("outbox: " + e.getMessage(), e);
            }
        });
        if (n > 0) {
            registry.counter("nianbao.store.outbox.published").increment(n);
        }
        return n;
    }

    static Message<String> message(Row r) {
        return Message.of(r.payload())
                .addMetadata(OutgoingCloudEventMetadata.<String>builder()
                        .withId(r.id())
                        .withType(r.ceType())
                        .withSource(URI.create(CloudEventTypes.SOURCE_STORE))
                        .withSubject(r.documentId())
                        .withDataContentType("application/json")
                        .withDataSchema(URI.create("/api/schemas/change-event"))
                        .withTimestamp(r.createdAt() == null ? null : r.createdAt().toZonedDateTime())
                        .build())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(r.documentId()).build());
    }

    void onStop(@Observes ShutdownEvent e) {
        executor.shutdownNow();
    }
}
