package io.nianbao.store.rest;

import io.nianbao.store.security.ApiKeyIdentityProvider;
import io.nianbao.store.security.Roles;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Errors as problem JSON: 400 for bad parameters, 401 without a valid API key, 404 for unknown resources. */
public class ProblemMappers {
    @Inject
    ApiKeyIdentityProvider identities;

    /** No credential: 401 with the challenge. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized(identities.configured()
                ? "This endpoint needs an API key: send 'X-API-Key: <key>' or 'Authorization: Bearer <key>'."
                : "This endpoint needs an API key, and none is configured on this server: it is refused until "
                + "NIANBAO_SECURITY_API_KEYS (nianbao.security.api-keys) is set.", uri);
    }

    /** A key that is not configured: 401 too (not a valid credential; 403 is for a valid one without the role). */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(e.getMessage() == null ? "The API key is not valid." : e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.response(Response.Status.FORBIDDEN, "The API key does not allow this operation.", uri.getPath());
    }

    static Response unauthorized(String detail, UriInfo uri) {
        return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, detail, uri.getPath()))
                .header("WWW-Authenticate", Roles.CHALLENGE).build();
    }

    /** Thrown by resources for an unknown resource (a bare NotFoundException is also mapped). */
    public static class UnknownResource extends RuntimeException {
        public UnknownResource(String message) {
            super(message);
        }
    }

    @ServerExceptionMapper
    public Response badRequest(IllegalArgumentException e, UriInfo uri) {
        return Problem.response(Response.Status.BAD_REQUEST, e.getMessage(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response unknown(UnknownResource e, UriInfo uri) {
        return Problem.response(Response.Status.NOT_FOUND, e.getMessage(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return Problem.response(Response.Status.NOT_FOUND, "no resource at " + uri.getPath(), uri.getPath());
    }
}
