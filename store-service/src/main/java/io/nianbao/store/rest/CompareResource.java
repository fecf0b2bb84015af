package io.nianbao.store.rest;

import io.nianbao.contract.DocumentIds;
import io.nianbao.store.service.QueryService;
import io.nianbao.store.service.view.Comparison;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.Locale;

/** Two reports side by side, typically two years of one agency: cells with differences, narrative differences. */
@Path("/api/compare")
@Produces(MediaType.APPLICATION_JSON)
public class CompareResource {
    @Inject
    QueryService query;

    @GET
    public Comparison compare(@RestQuery String a, @RestQuery String b) {
        String x = id("a", a);
        String y = id("b", b);
        Comparison c = query.compare(x, y);
        if (c == null) {
            throw new ProblemMappers.UnknownResource("no report with documentId " + (query.detail(x) == null ? x : y));
        }
        return c;
    }

    static String id(String name, String v) {
        String s = v == null ? "" : v.trim().toLowerCase(Locale.ROOT);
        if (!DocumentIds.isValid(s)) {
            throw new IllegalArgumentException(name + " must be a documentId (64 lower-case hex characters): " + v);
        }
        return s;
    }
}
