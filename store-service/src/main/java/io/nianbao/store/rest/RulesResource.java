package io.nianbao.store.rest;

import io.nianbao.store.service.QueryService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

@Path("/api/rules")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {
    @Inject
    QueryService query;

    /** The history rules of store-service and every rule id seen in stored findings, with counts. */
    @GET
    public List<Map<String, Object>> rules() {
        return query.rules();
    }
}
