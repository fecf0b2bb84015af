package io.nianbao.validate.health;

import io.nianbao.validate.service.ValidationService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the rule catalogue (and its division table) loaded; reports the rule-set version. */
@Readiness
@ApplicationScoped
public class RuleCatalogueHealthCheck implements HealthCheck {
    private final ValidationService service;

    public RuleCatalogueHealthCheck(ValidationService service) {
        this.service = service;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            io.nianbao.template.Divisions.get();
            return HealthCheckResponse.named("rule-catalogue").status(!service.rules().isEmpty())
                    .withData("ruleSetVersion", service.ruleSetVersion())
                    .withData("rules", service.rules().size()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("rule-catalogue").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
