package io.nianbao.ingest.rest;

import io.nianbao.ingest.domain.Refusal;
import io.nianbao.ingest.security.ApiKeyAuthenticationMechanism;
import io.nianbao.ingest.security.ApiKeyIdentityProvider;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error answer of the service is problem JSON, including those raised by the framework. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ApiKeyIdentityProvider identities;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "64M")
    MemorySize maxBodySize;

    @ServerExceptionMapper
    public Response problem(Problems.ProblemException e) {
        return e.toResponse();
    }

    /** No credential: 401 with the challenge. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthorized(identities.configured()
                ? "This endpoint needs an API key: send 'X-API-Key: <key>' or 'Authorization: Bearer <key>'."
                : "This endpoint needs an API key, and none is configured on this server: writes are refused until "
                + "NIANBAO_SECURITY_API_KEYS (nianbao.security.api-keys) is set.");
    }

    /** A key that is not configured: 401 too (not a valid credential; 403 is for a valid one without the role). */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized(e.getMessage() == null ? "The API key is not valid." : e.getMessage());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problems.response(Problems.body(Problems.TYPE_FORBIDDEN, "Forbidden", 403,
                "The API key does not allow this operation."));
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(Problems.response(Problems.body(Problems.TYPE_UNAUTHORIZED, "Unauthorized", 401,
                detail))).header("WWW-Authenticate", ApiKeyAuthenticationMechanism.challenge()).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 413) {
            // the form and multipart parsers' limit (also for a body streamed without a Content-Length)
            return Problems.response(Refusal.TOO_LARGE, "The request is larger than the limit of "
                    + maxBodySize.asLongValue() + " bytes for one request (quarkus.http.limits.max-body-size).");
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return Problems.response(Problems.body("about:blank", title, status,
                e.getMessage() == null ? title : e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (e instanceof WebApplicationException w) {
            return web(w);
        }
        LOG.error("unexpected failure", e);
        return Problems.response(Problems.body("about:blank", "Internal error", 500,
                "Unexpected failure (" + e.getClass().getSimpleName() + "); see the service log."));
    }
}
