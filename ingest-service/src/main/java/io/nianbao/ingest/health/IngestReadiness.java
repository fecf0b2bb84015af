package io.nianbao.ingest.health;

import io.nianbao.ingest.domain.SeenDocuments;
import io.nianbao.ingest.messaging.RawKeyIndex;
import io.nianbao.ingest.service.InboxService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the inbox (if any) is usable. The duplicate memory's load is reported ({@code duplicateMemoryLoaded})
 * but does not gate readiness: requests are answered meanwhile (see DocumentIngestor's gate).
 */
@Readiness
@ApplicationScoped
public class IngestReadiness implements HealthCheck {
    @Inject
    RawKeyIndex index;
    @Inject
    SeenDocuments seen;
    @Inject
    InboxService inbox;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("ingest")
                .withData("duplicateMemoryLoaded", index.isLoaded())
                .withData("knownDocuments", seen.size());
        if (index.lastError() != null) {
            b.withData("keyIndexError", index.lastError());
        }
        boolean up = true;
        if (inbox.dir().isPresent()) {
            b.withData("inbox", inbox.dir().get().toString());
            if (inbox.problem().isPresent()) {
                b.withData("inboxProblem", inbox.problem().get());
                up = false;
            }
        }
        return b.status(up).build();
    }
}
