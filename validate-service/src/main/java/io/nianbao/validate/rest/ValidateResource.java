package io.nianbao.validate.rest;

import io.nianbao.contract.ReportRecord;
import io.nianbao.validate.service.InvalidRecordException;
import io.nianbao.validate.service.ValidationService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Validates one parsed record on demand (the same code path as the Kafka consumer). */
@Path("/api/validate")
@Tag(name = "validate", description = "Run the rule catalogue over a parsed record")
public class ValidateResource {
    private final ValidationService service;

    public ValidateResource(ValidationService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    @Operation(summary = "Validate a parsed record",
            description = "Returns the record with findings, summary and ruleSetVersion. Deterministic: the same body "
                    + "always gives the same answer.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportRecord.class)))
    @APIResponse(responseCode = "200", description = "The validated record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportRecord.class)))
    @APIResponse(responseCode = "400", description = "Not a parsed record (invalid JSON, not an object)",
            content = @Content(mediaType = Problems.MEDIA_TYPE))
    public Response validate(String body) {
        ReportRecord record;
        try {
            record = service.read(body);
        } catch (InvalidRecordException e) {
            return Problems.response(400, "Invalid parsed record", e.getMessage());
        }
        return Response.ok(service.write(service.validate(record)), MediaType.APPLICATION_JSON).build();
    }
}
