package io.nianbao.parse.health;

import io.nianbao.parse.extract.DocumentExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness of the extraction pool: down when as many timed-out extractions as the limit allows still hold their
 * threads (a parser that ignores interrupts), so that the platform restarts the instance before the pool has no
 * thread left for new documents.
 */
@Liveness
@ApplicationScoped
public class ExtractionThreadsLiveness implements HealthCheck {
    @Inject
    DocumentExtractor extractor;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("extraction-threads")
                .status(extractor.live())
                .withData("abandoned", extractor.abandoned())
                .withData("maxAbandoned", extractor.limits().maxAbandoned())
                .withData("workers", extractor.limits().workers())
                .build();
    }
}
