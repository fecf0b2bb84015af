package io.nianbao.store.domain;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.SQLRecoverableException;
import java.time.Duration;
import java.util.Locale;

/**
 * What a failure to store means and how long to wait before the next attempt.
 * <ul>
 * <li>{@link Kind#TRANSIENT}: the database is unreachable or busy (connection refused or lost, pool acquisition
 * timeout, SQLSTATE classes 08, 53, 57, 58, serialization failure 40001, deadlock 40P01, lock timeout 55P03,
 * a failed commit, and any other SQL failure without a data cause): the same record will succeed later; retry with exponential
 * backoff, never dead-letter.</li>
 * <li>{@link Kind#PERMANENT}: the record itself can never be stored (SQLSTATE class 22 data exception, 23 integrity
 * constraint violation, or a failure that is not the database's: unreadable JSON, no documentId, a bug on
 * this input): dead-letter it with the reason.</li>
 * </ul>
 * Plain Java: tested directly.
 */
public final class RetryPolicy {
    public enum Kind { TRANSIENT, PERMANENT }

    private final Duration initial;
    private final Duration max;

    public RetryPolicy(Duration initial, Duration max) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max: " + initial + ", " + max);
        }
        this.initial = initial;
        this.max = max;
    }

    /** Delay before attempt {@code failures + 1}: initial × 2^(failures-1), at most {@code max}. */
    public Duration delay(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        long ms = initial.toMillis();
        for (int i = 1; i < failures && ms < max.toMillis(); i++) {
            ms *= 2;
        }
        return Duration.ofMillis(Math.min(ms, max.toMillis()));
    }

    public static Kind classify(Throwable failure) {
        boolean sawSql = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof SocketException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return Kind.TRANSIENT;
            }
            if (t.getClass().getName().startsWith("jakarta.transaction.")) {
                return Kind.TRANSIENT; // the commit itself failed (e.g. the connection was lost at commit)
            }
            if (t instanceof SQLException sql) {
                sawSql = true;
                String state = sql.getSQLState();
                if (state != null && state.length() >= 2) {
                    String cls = state.substring(0, 2);
                    if (cls.equals("22") || cls.equals("23")) {
                        return Kind.PERMANENT;
                    }
                    if (cls.equals("08") || cls.equals("53") || cls.equals("57") || cls.equals("58")
                            || state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
                        return Kind.TRANSIENT;
                    }
                }
                String msg = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
                if (msg.contains("acquisition timeout") || msg.contains("connection")) {
                    return Kind.TRANSIENT;
                }
            }
        }
        // an SQL failure of no known class (e.g. the schema is being migrated): wait rather than lose records
        return sawSql ? Kind.TRANSIENT : Kind.PERMANENT;
    }
}
