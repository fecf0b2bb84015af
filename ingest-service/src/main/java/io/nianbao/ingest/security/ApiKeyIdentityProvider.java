package io.nianbao.ingest.security;

import io.nianbao.ingest.config.SecurityConfig;
import io.nianbao.ingest.domain.ApiKeys;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;

/** Checks a presented key against {@code nianbao.security.api-keys}; a match is the roles writer and reader. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {
    private static final Logger LOG = Logger.getLogger(ApiKeyIdentityProvider.class);

    @Inject
    SecurityConfig config;

    private volatile ApiKeys keys;

    ApiKeys keys() {
        if (keys == null) {
            keys = ApiKeys.of(config.apiKeys().orElse(List.of()));
        }
        return keys;
    }

    public boolean configured() {
        return !keys().isEmpty();
    }

    void announce(@Observes StartupEvent ev) {
        if (keys().isEmpty()) {
            LOG.warn("No API key configured: every POST (documents, fetch) is refused with 401. Set one with "
                    + "NIANBAO_SECURITY_API_KEYS=<key>[,<key>...] (property nianbao.security.api-keys), e.g. "
                    + "NIANBAO_SECURITY_API_KEYS=$(openssl rand -hex 24); clients send it as 'X-API-Key: <key>' "
                    + "or 'Authorization: Bearer <key>'. The inbox folder needs no key.");
        } else {
            LOG.infof("%d API key(s) configured for writes%s", keys().size(),
                    config.protectReads() ? " and reads (nianbao.security.protect-reads=true)" : "; reads are open");
        }
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return keys().match(request.key())
                .map(id -> Uni.createFrom().<SecurityIdentity>item(QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(id))
                        .addRole(Roles.WRITER)
                        .addRole(Roles.READER)
                        .build()))
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException(keys().isEmpty()
                        ? "No API key is configured on this server (set NIANBAO_SECURITY_API_KEYS); writes are refused."
                        : "The API key is not valid.")));
    }
}
