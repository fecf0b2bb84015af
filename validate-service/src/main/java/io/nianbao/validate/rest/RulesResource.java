package io.nianbao.validate.rest;

import io.nianbao.validate.service.ValidationService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The rule catalogue. */
@Path("/api/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rules", description = "The rule catalogue of the validate stage")
public class RulesResource {
    private final ValidationService service;

    public RulesResource(ValidationService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The catalogue: every rule with id, severity, titles and descriptions (zh, en), templates and years")
    public RuleDescription.Catalogue catalogue() {
        return new RuleDescription.Catalogue(service.ruleSetVersion(),
                service.rules().stream().map(RuleDescription::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One rule of the catalogue")
    public Response rule(@PathParam("id") String id) {
        return service.rules().stream().filter(r -> r.id().equals(id)).findFirst()
                .map(r -> Response.ok(RuleDescription.of(r)).build())
                .orElseGet(() -> Problems.response(404, "Unknown rule", "no rule with id " + id));
    }
}
