package io.nianbao.ingest.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Set;

/**
 * Takes the API key from {@code X-API-Key: <key>} or {@code Authorization: Bearer <key>}. No key = anonymous
 * (reads stay open unless protected; writes then answer 401). A key that is not configured fails the
 * authentication: 401 as well (it is not a valid credential; 403 would mean "known, but not allowed").
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {
    static final String CHALLENGE = "ApiKey header=\"" + Roles.API_KEY_HEADER + "\"";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String key = presentedKey(context.request().getHeader(Roles.API_KEY_HEADER),
                context.request().getHeader("Authorization"));
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        return identityProviderManager.authenticate(new ApiKeyAuthenticationRequest(key));
    }

    /** The key of the headers, or null when none is presented. */
    static String presentedKey(String apiKeyHeader, String authorization) {
        if (apiKeyHeader != null && !apiKeyHeader.isBlank()) {
            return apiKeyHeader.trim();
        }
        if (authorization != null && authorization.length() > 7
                && authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            String k = authorization.substring(7).trim();
            return k.isEmpty() ? null : k;
        }
        return null;
    }

    public static String challenge() {
        return CHALLENGE;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER,
                Roles.API_KEY_HEADER));
    }
}
