package io.nianbao.store.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Errors as problem JSON: 400 for bad parameters, 404 for unknown resources. */
public class ProblemMappers {

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
