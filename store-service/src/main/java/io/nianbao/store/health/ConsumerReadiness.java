package io.nianbao.store.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** DOWN while the consumer retries a batch the database could not take (the batch is not dead-lettered). */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {
    @Inject
    ConsumerState state;

    @Override
    public HealthCheckResponse call() {
        String failure = state.failure();
        if (failure == null) {
            return HealthCheckResponse.named("store-consumer").up().build();
        }
        return HealthCheckResponse.named("store-consumer").down()
                .withData("retrying", failure)
                .withData("failedAttempts", state.failures())
                .withData("since", String.valueOf(state.since()))
                .build();
    }
}
