package io.nianbao.store.rest;

import io.nianbao.store.service.QueryService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;
import java.util.Map;

@Path("/api/agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgenciesResource {
    @Inject
    QueryService query;

    /** Year by year, every stored document of an agency (canonical name or as written): 404 when none. */
    @GET
    @Path("/{agency}/history")
    public Map<String, Object> history(@RestPath String agency) {
        List<Map<String, Object>> years = query.agencyHistory(agency);
        if (years.isEmpty()) {
            throw new ProblemMappers.UnknownResource("no report of agency " + agency);
        }
        return Map.of("agency", agency, "years", years);
    }
}
