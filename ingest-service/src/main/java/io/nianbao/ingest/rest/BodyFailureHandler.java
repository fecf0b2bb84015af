package io.nianbao.ingest.rest;

import io.nianbao.contract.Json;
import io.nianbao.ingest.config.IngestConfig;
import io.nianbao.ingest.domain.Refusal;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
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
 * <li>a streamed raw body is bounded by our own reader at max-bytes (keep max-body-size above max-bytes);</li>
 * <li>a multipart body sent WITHOUT a Content-Length (chunked) is bounded by the multipart parser at max-body-size,
 *     which throws a 413 {@code WebApplicationException} that {@link ProblemMappers} answers as problem JSON. The
 *     framework's raw-stream limit (the routing-context key {@value #MAX_REQUEST_SIZE_KEY}, set at max-body-size by
 *     Quarkus's upload-limit route) would cut the stream first and answer an empty 413 itself, so for such a request
 *     it is moved {@value #STREAM_SLACK} bytes above (part headers and boundaries): still a bound, reached only
 *     when the parser's is not;</li>
 * <li>failures raised while Vert.x reads a body (a multipart body that does not decode).</li>
 * </ul>
 */
@ApplicationScoped
public class BodyFailureHandler {
    private static final Logger LOG = Logger.getLogger(BodyFailureHandler.class);

    private static final long DRAIN_MILLIS = 10_000;
    /** Where Quarkus's upload-limit route puts the raw-stream limit that Quarkus REST's body reader enforces. */
    static final String MAX_REQUEST_SIZE_KEY = "io.quarkus.max-request-size";
    static final long STREAM_SLACK = 1024 * 1024;

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
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::streamedMultipartLimit);
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

    /** A chunked multipart body: the parser's limit (answered as problem JSON) comes before the raw stream's. */
    void streamedMultipartLimit(RoutingContext ctx) {
        if (ctx.request().getHeader("Content-Length") == null && isMultipart(ctx.request().getHeader("Content-Type"))
                && ctx.get(MAX_REQUEST_SIZE_KEY) != null) {
            ctx.put(MAX_REQUEST_SIZE_KEY, maxBodySize.asLongValue() + STREAM_SLACK);
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
