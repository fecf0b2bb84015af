package io.nianbao.store.health;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** Whether the consumer is waiting for the database (set by the consumer's retry loop, read by readiness). */
@ApplicationScoped
public class ConsumerState {
    private volatile String failure;
    private volatile int failures;
    private volatile Instant since;

    public void failing(Throwable e, int attempt) {
        if (failure == null) {
            since = Instant.now();
        }
        failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        failures = attempt;
    }

    public void ok() {
        failure = null;
        failures = 0;
        since = null;
    }

    public String failure() {
        return failure;
    }

    public int failures() {
        return failures;
    }

    public Instant since() {
        return since;
    }
}
