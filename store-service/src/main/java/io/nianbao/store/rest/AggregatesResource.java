package io.nianbao.store.rest;

import io.nianbao.store.repository.FindingRepository;
import io.nianbao.store.service.QueryService;
import io.nianbao.store.service.view.RegionYear;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** Aggregates over current reports. */
@Path("/api/aggregates")
@Produces(MediaType.APPLICATION_JSON)
public class AggregatesResource {
    @Inject
    QueryService query;

    /**
     * Sum of applications.newReceived.total per region prefix (level=province|city|county) and year, with the
     * region's name; {@code regionCode}: only regions under that code (drill-down from a province to its cities).
     */
    @GET
    @Path("/applications")
    public List<RegionYear> applications(@RestQuery String level, @RestQuery String regionCode,
                                         @RestQuery String yearFrom, @RestQuery String yearTo) {
        return query.applicationsByRegion(level, regionCode, FilterParams.integer("yearFrom", yearFrom),
                FilterParams.integer("yearTo", yearTo));
    }

    /** Findings per rule, severity and report year. */
    @GET
    @Path("/findings")
    public List<FindingRepository.RuleYearCount> findings(@RestQuery String yearFrom, @RestQuery String yearTo) {
        return query.findingsByRuleAndYear(FilterParams.integer("yearFrom", yearFrom), FilterParams.integer("yearTo", yearTo));
    }
}
