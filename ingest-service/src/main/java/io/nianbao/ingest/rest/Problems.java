package io.nianbao.ingest.rest;

import io.nianbao.ingest.domain.Refusal;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 7807 problem answers ({@code application/problem+json}): type, title, status, detail, plus extensions. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_UNAUTHORIZED = "urn:nianbao:ingest:unauthorized";
    public static final String TYPE_FORBIDDEN = "urn:nianbao:ingest:forbidden";

    private Problems() {
    }

    public static Map<String, Object> body(String type, String title, int status, String detail) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", type);
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
        return p;
    }

    public static Map<String, Object> body(Refusal r, String detail) {
        return body(r.type(), r.title(), r.status(), detail == null ? r.defaultDetail() : detail);
    }

    public static Response response(Map<String, Object> body) {
        int status = (Integer) body.get("status");
        Response.ResponseBuilder b = Response.status(status).type(MEDIA_TYPE).entity(body);
        if (status == 503) {
            b.header("Retry-After", "5");
        }
        return b.build();
    }

    public static Response response(Refusal r, String detail) {
        return response(body(r, detail));
    }

    /** Thrown by resources to answer a problem. */
    public static final class ProblemException extends RuntimeException {
        private final transient Map<String, Object> body;

        public ProblemException(Refusal r, String detail) {
            this(body(r, detail));
        }

        public ProblemException(Map<String, Object> body) {
            super((String) body.get("detail"), null, false, false);
            this.body = body;
        }

        public Response toResponse() {
            return response(body);
        }
    }
}
