package io.nianbao.parse.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 7807 problem details ({@code application/problem+json}); {@code reason} is the refusal's code. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String reason, String mediaType) {
    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://nianbao.io/problems/";
}
