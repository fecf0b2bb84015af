package io.nianbao.store.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

/** RFC 9457 problem details. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.Status status, String detail, String instance) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance))
                .build();
    }
}
