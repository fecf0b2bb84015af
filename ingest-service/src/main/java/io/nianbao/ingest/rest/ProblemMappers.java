package io.nianbao.ingest.rest;

import io.nianbao.ingest.domain.Refusal;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error answer of the service is problem JSON, including those raised by the framework. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(Problems.ProblemException e) {
        return e.toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 413) {
            return Problems.response(Refusal.TOO_LARGE, "The request body exceeds the limit.");
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
