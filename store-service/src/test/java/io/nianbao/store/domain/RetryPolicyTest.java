package io.nianbao.store.domain;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    @Test
    void theDelayDoublesUpToTheMaximum() {
        RetryPolicy p = new RetryPolicy(Duration.ofMillis(200), Duration.ofSeconds(5));
        assertThat(p.delay(0)).isEqualTo(Duration.ZERO);
        assertThat(p.delay(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(p.delay(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(p.delay(3)).isEqualTo(Duration.ofMillis(800));
        assertThat(p.delay(5)).isEqualTo(Duration.ofMillis(3200));
        assertThat(p.delay(6)).isEqualTo(Duration.ofSeconds(5));
        assertThat(p.delay(1000)).isEqualTo(Duration.ofSeconds(5));
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnreachableDatabaseIsRetriedAndABadRecordIsNot() {
        // PostgreSQL down: the driver's connection errors (class 08), the server shutting down (57P01), the pool
        assertThat(RetryPolicy.classify(wrapped(new SQLException("Connection to 127.0.0.1:5432 refused", "08001",
                new ConnectException("Connection refused"))))).isEqualTo(RetryPolicy.Kind.TRANSIENT);
        assertThat(RetryPolicy.classify(new SQLException("terminating connection due to administrator command", "57P01")))
                .isEqualTo(RetryPolicy.Kind.TRANSIENT);
        assertThat(RetryPolicy.classify(new SQLException("Acquisition timeout while waiting for new connection")))
                .isEqualTo(RetryPolicy.Kind.TRANSIENT);
        assertThat(RetryPolicy.classify(new SQLException("deadlock detected", "40P01"))).isEqualTo(RetryPolicy.Kind.TRANSIENT);
        assertThat(RetryPolicy.classify(new RuntimeException(new ConnectException("refused")))).isEqualTo(RetryPolicy.Kind.TRANSIENT);
        // the record's own fault: value too long (22001), a constraint (23505), not readable at all
        assertThat(RetryPolicy.classify(wrapped(new SQLException("value too long for type character varying(64)", "22001"))))
                .isEqualTo(RetryPolicy.Kind.PERMANENT);
        assertThat(RetryPolicy.classify(new SQLException("duplicate key value violates unique constraint", "23505")))
                .isEqualTo(RetryPolicy.Kind.PERMANENT);
        assertThat(RetryPolicy.classify(new IllegalArgumentException("not a JSON ReportRecord")))
                .isEqualTo(RetryPolicy.Kind.PERMANENT);
    }

    static RuntimeException wrapped(SQLException e) {
        return new IllegalStateException("store failed", e);
    }
}
