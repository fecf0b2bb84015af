package io.nianbao.ingest.rest;

import io.nianbao.contract.Json;
import io.nianbao.ingest.domain.Refusal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Locale;
import java.util.Map;

/**
 * Failures raised while Vert.x reads a request body, before any resource runs (a multipart body that does not
 * decode, a body above quarkus.http.limits.max-body-size), answered as problem JSON like every other refusal.
 */
@ApplicationScoped
public class BodyFailureHandler {
    private static final Logger LOG = Logger.getLogger(BodyFailureHandler.class);

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void handle(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        String contentType = ctx.request().getHeader("Content-Type");
        boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        Map<String, Object> problem;
        if (ctx.statusCode() == 413) {
            problem = Problems.body(Refusal.TOO_LARGE, "The request body exceeds the server's limit for one request.");
        } else if (multipart && ctx.failure() != null) {
            LOG.debugf("malformed multipart body: %s", ctx.failure().toString());
            problem = Problems.body(Refusal.MALFORMED_MULTIPART, "The multipart/form-data body could not be decoded ("
                    + ctx.failure().getClass().getSimpleName() + "). Send complete parts with the boundary of the "
                    + "Content-Type header.");
        } else {
            ctx.next();
            return;
        }
        ctx.response().setStatusCode((Integer) problem.get("status"))
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .end(Json.toString(problem));
    }
}
