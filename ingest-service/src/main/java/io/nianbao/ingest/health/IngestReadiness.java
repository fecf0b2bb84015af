package io.nianbao.ingest.health;

import io.nianbao.ingest.domain.SeenDocuments;
import io.nianbao.ingest.messaging.RawTopicIndex;
import io.nianbao.ingest.service.InboxService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the duplicate memory is loaded from reports.raw (before that, submissions answer 503), and the inbox (if any) is usable. */
@Readiness
@ApplicationScoped
public class IngestReadiness implements HealthCheck {
    @Inject
    RawTopicIndex index;
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
            b.withData("rawTopicError", index.lastError());
        }
        boolean up = index.isLoaded();
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
