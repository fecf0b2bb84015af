package io.nianbao.store.rest;

import io.nianbao.store.service.QueryService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.nianbao.store.service.view.RuleView;

import java.util.List;

@Path("/api/rules")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {
    @Inject
    QueryService query;

    /** The history rules of store-service and every rule id seen in stored findings, with counts. */
    @GET
    public List<RuleView> rules() {
        return query.rules();
    }
}
