package io.nianbao.store.health;

import io.nianbao.store.repository.ReportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the migrated schema answers (the datasource and Kafka checks come with their extensions). */
@Readiness
@ApplicationScoped
public class StoreReadiness implements HealthCheck {
    @Inject
    ReportRepository reports;

    @Override
    @Transactional
    public HealthCheckResponse call() {
        try {
            Object last = reports.getEntityManager()
                    .createNativeQuery("select coalesce(max(updated_at)::text, 'none') from reports").getSingleResult();
            return HealthCheckResponse.named("store-schema").up().withData("lastStoredAt", String.valueOf(last)).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("store-schema").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
