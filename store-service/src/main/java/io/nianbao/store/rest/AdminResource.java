package io.nianbao.store.rest;

import io.nianbao.store.entity.ReportEntity;
import io.nianbao.store.messaging.ParsedRepublisher;
import io.nianbao.store.service.QueryService;
import io.nianbao.store.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Write endpoints: every method needs an API key with role admin (see README, "Authentication"). */
@Path("/api/admin")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
    @Inject
    QueryService query;
    @Inject
    ParsedRepublisher republisher;

    /**
     * Republishes the parsed form of the stored records matching the filters (same filters as GET /api/reports;
     * at most {@code limit}, default 1000) to reports.parsed for validate-service to check again.
     */
    @POST
    @Path("/revalidate")
    public Map<String, Object> revalidate(@BeanParam FilterParams filter, @RestQuery String limit) {
        Integer l = FilterParams.integer("limit", limit);
        int max = l == null ? 1000 : l;
        if (max < 1 || max > 100_000) {
            throw new IllegalArgumentException("limit must be between 1 and 100000: " + max);
        }
        List<String> ids = new ArrayList<>();
        for (ReportEntity r : query.records(filter.toFilter(), max)) {
            republisher.republish(r.record);
            ids.add(r.documentId);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("republished", ids.size());
        out.put("topic", "reports.parsed");
        out.put("documentIds", ids);
        return out;
    }
}
