package io.nianbao.parse.health;

import io.nianbao.parse.extract.DocumentExtractor;
import io.nianbao.parse.extract.ExtractedDocument;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.nio.charset.StandardCharsets;

/**
 * Readiness of the extraction engine: Tika's parsers load and read a small HTML table (done once at startup, which
 * also takes the first-parse cost off the first real document). Kafka's readiness comes from the messaging
 * extension's own health checks.
 */
@Readiness
@ApplicationScoped
public class ExtractorHealthCheck implements HealthCheck {
    static final byte[] PROBE = "<html><body><table><tr><td>规章</td><td>0</td></tr></table></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    @Inject
    DocumentExtractor extractor;

    private volatile String failure = "not warmed up yet";

    void warmUp(@Observes StartupEvent event) {
        probe();
    }

    private void probe() {
        try {
            ExtractedDocument doc = extractor.extract(PROBE, "probe.html", "text/html");
            failure = "规章\t0".equals(doc.text()) ? null : "unexpected probe text: " + doc.text();
        } catch (RuntimeException e) {
            failure = e.toString();
        }
    }

    @Override
    public HealthCheckResponse call() {
        if (failure != null) {
            probe();
        }
        return HealthCheckResponse.named("document-extractor")
                .status(failure == null)
                .withData("maxBytes", extractor.limits().maxBytes())
                .withData("maxChars", extractor.limits().maxChars())
                .withData("timeoutMs", extractor.limits().timeout().toMillis())
                .withData("error", failure == null ? "" : failure)
                .build();
    }
}
