package io.nianbao.store.security;

import io.nianbao.store.rest.Problem;
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
 * Takes the API key from {@code X-API-Key: <key>} or {@code Authorization: Bearer <key>}. No key = anonymous;
 * a key that is not configured fails the authentication. Both answer 401 where a key is needed (an unknown key
 * is not a valid credential; 403 would mean a valid one without the role). The challenge is problem JSON too.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

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
    public static String presentedKey(String apiKeyHeader, String authorization) {
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

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", Roles.CHALLENGE));
    }

    /** The challenge of a protected read (HTTP permission policy): 401 with problem JSON. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!context.response().ended()) {
            String body = "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"This resource needs an API key: send 'X-API-Key: <key>' or 'Authorization: Bearer <key>'.\","
                    + "\"instance\":\"" + context.request().path().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
            context.response().setStatusCode(401)
                    .putHeader("WWW-Authenticate", Roles.CHALLENGE)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(body);
        }
        return Uni.createFrom().item(true);
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
