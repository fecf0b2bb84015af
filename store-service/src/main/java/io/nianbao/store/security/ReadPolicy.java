package io.nianbao.store.security;

import io.nianbao.store.config.SecurityConfig;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The HTTP permission policy {@value #NAME} on every path (application.properties): everything is permitted unless
 * {@code nianbao.security.protect-reads=true}; then a request needs a key (role reader), except the health
 * probes (/q/health/**, which orchestrators call without credentials). Writes are guarded by @RolesAllowed.
 */
@ApplicationScoped
public class ReadPolicy implements HttpSecurityPolicy {
    public static final String NAME = "nianbao-reads";

    @Inject
    SecurityConfig config;

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext requestContext) {
        if (!config.protectReads() || request.normalizedPath().startsWith("/q/health")) {
            return CheckResult.permit();
        }
        return identity.map(id -> id != null && !id.isAnonymous() && id.hasRole(Roles.READER)
                ? CheckResult.PERMIT : CheckResult.DENY);
    }

    @Override
    public String name() {
        return NAME;
    }
}
