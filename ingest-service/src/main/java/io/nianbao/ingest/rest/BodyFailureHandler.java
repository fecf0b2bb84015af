package io.nianbao.ingest.rest;

import io.nianbao.contract.Json;
import io.nianbao.ingest.config.IngestConfig;
import io.nianbao.ingest.domain.Refusal;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Locale;
import java.util.Map;

/**
 * The size and form of a request body, before anything else, answered as problem JSON like every other refusal:
 * <ul>
 * <li>a declared {@code Content-Length} above the limit is refused at once, before Quarkus's own limit check
 *     (which answers an empty 413) and before authentication: above {@code nianbao.ingest.max-bytes} for a raw
 *     body, above {@code quarkus.http.limits.max-body-size} for multipart (several files);</li>
 * <li>a streamed raw body is bounded by our own reader at max-bytes (keep max-body-size above max-bytes).
 *     Residual: a multipart body sent WITHOUT a Content-Length (chunked) above max-body-size is cut by the
 *     framework's reader, which answers an empty 413 itself (nothing is stored);</li>
 * <li>failures raised while Vert.x reads a body (a multipart body that does not decode).</li>
 * </ul>
 */
@ApplicationScoped
public class BodyFailureHandler {
    private static final Logger LOG = Logger.getLogger(BodyFailureHandler.class);

    private static final long DRAIN_MILLIS = 10_000;

    @Inject
    IngestConfig config;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "64M")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        if (config.maxBytes() >= maxBodySize.asLongValue()) {
            LOG.warnf("nianbao.ingest.max-bytes (%d) is not below quarkus.http.limits.max-body-size (%d): a streamed "
                    + "body between the two is cut by the framework with an empty 413", config.maxBytes(),
                    maxBodySize.asLongValue());
        }
        router.route("/api/*").order(Integer.MIN_VALUE).handler(this::checkDeclaredLength);
        router.route("/api/*").order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void checkDeclaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            boolean multipart = isMultipart(ctx.request().getHeader("Content-Type"));
            long limit = multipart ? maxBodySize.asLongValue() : config.maxBytes();
            if (declared > limit) {
                Map<String, Object> problem = Problems.body(Refusal.TOO_LARGE, (multipart
                        ? "The request (" + declared + " bytes) is larger than the limit of " + limit
                        + " bytes for one multipart request (quarkus.http.limits.max-body-size)."
                        : "The document (" + declared + " bytes) is larger than the limit of " + limit
                        + " bytes (nianbao.ingest.max-bytes)."));
                tooLarge(ctx, problem);
                return;
            }
        }
        ctx.next();
    }

    /**
     * Answers 413 at once and then drains what the client still sends without keeping it (a client that writes
     * its whole body before reading the answer would otherwise block on a full TCP window); the connection is
     * closed when the body has ended, or after {@link #DRAIN_MILLIS} for a client that sends on and on.
     */
    private static void tooLarge(RoutingContext ctx, Map<String, Object> problem) {
        HttpServerRequest request = ctx.request();
        HttpConnection connection = request.connection();
        long timer = ctx.vertx().setTimer(DRAIN_MILLIS, t -> connection.close());
        request.handler(ignored -> {
        });
        request.endHandler(v -> {
            ctx.vertx().cancelTimer(timer);
            connection.close();
        });
        request.exceptionHandler(e -> connection.close());
        ctx.response().setStatusCode(413)
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(Json.toString(problem));
        request.resume();
    }

    private static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    void handle(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        boolean multipart = isMultipart(ctx.request().getHeader("Content-Type"));
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
