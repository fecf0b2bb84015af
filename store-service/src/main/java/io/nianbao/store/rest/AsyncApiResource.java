package io.nianbao.store.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nianbao.contract.Json;
import io.nianbao.contract.asyncapi.PipelineAsyncApi;
import io.nianbao.contract.asyncapi.Yaml;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;

/**
 * The AsyncAPI 3.0 document of every topic of the pipeline ({@link PipelineAsyncApi}: payload schemas generated
 * from the contract's classes, store's change-event schema embedded), built at the first request and kept.
 */
@Path("/api")
@Tag(name = "events", description = "What the Kafka topics carry")
public class AsyncApiResource {
    public static final String YAML = "application/yaml";

    private static volatile ObjectNode document;
    private static volatile byte[] json;
    private static volatile byte[] yaml;

    /** The document (built once; deterministic, so every instance serves the same bytes). */
    public static ObjectNode document() {
        if (document == null) {
            synchronized (AsyncApiResource.class) {
                if (document == null) {
                    JsonNode change = Json.read(SchemasResource.read(SchemasResource.CHANGE_EVENT), JsonNode.class);
                    ObjectNode d = PipelineAsyncApi.document(change);
                    try {
                        json = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(d);
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                    yaml = Yaml.of(d).getBytes(StandardCharsets.UTF_8);
                    document = d;
                }
            }
        }
        return document;
    }

    @GET
    @Path("/asyncapi")
    @Produces("application/json")
    @Operation(summary = "AsyncAPI 3.0 document of the pipeline's topics (JSON)",
            description = "Every topic (reports.raw, reports.raw.keys, reports.parsed, reports.validated, reports.changes"
                    + " and the dead-letter topics): key, headers, CloudEvents types, payload schemas.")
    public byte[] asyncApi() {
        document();
        return json;
    }

    @GET
    @Path("/asyncapi.yaml")
    @Produces(YAML)
    @Operation(summary = "The same AsyncAPI document as YAML")
    public byte[] asyncApiYaml() {
        document();
        return yaml;
    }
}
