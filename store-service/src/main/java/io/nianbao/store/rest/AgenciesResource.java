package io.nianbao.store.rest;

import io.nianbao.store.service.QueryService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

import io.nianbao.store.service.view.AgencyHistory;
import io.nianbao.store.service.view.HistoryYear;

import java.util.List;

@Path("/api/agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgenciesResource {
    @Inject
    QueryService query;

    /** Year by year, every stored document of an agency (canonical name or as written): 404 when none. */
    @GET
    @Path("/{agency}/history")
    public AgencyHistory history(@RestPath String agency) {
        List<HistoryYear> years = query.agencyHistory(agency);
        if (years.isEmpty()) {
            throw new ProblemMappers.UnknownResource("no report of agency " + agency);
        }
        return new AgencyHistory(agency, years);
    }
}
