package io.nianbao.store.rest;

import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.schema.JsonSchemaGenerator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

@Path("/api/schemas")
@Tag(name = "events", description = "What the Kafka topics carry")
public class SchemasResource {
    public static final String CHANGE_EVENT = "META-INF/schemas/change-event.schema.json";
    public static final String REPORT_RECORD_ID = "https://nianbao.io/schemas/contract/report-record.json";

    private static volatile byte[] reportRecord;

    /** JSON Schema of the data of the CloudEvents on reports.changes. */
    @GET
    @Path("/change-event")
    @Produces("application/schema+json")
    @Operation(summary = "JSON Schema of the data of the change events on reports.changes")
    public byte[] changeEvent() {
        return read(CHANGE_EVENT);
    }

    /** JSON Schema (draft 2020-12) of the ReportRecord of reports.parsed / reports.validated, generated from contract. */
    @GET
    @Path("/report-record")
    @Produces("application/schema+json")
    @Operation(summary = "JSON Schema of the ReportRecord on reports.parsed and reports.validated",
            description = "Generated from the classes of io.nianbao:contract (draft 2020-12).")
    public byte[] reportRecord() {
        if (reportRecord == null) {
            reportRecord = Json.toBytes(JsonSchemaGenerator.standalone(ReportRecord.class, REPORT_RECORD_ID));
        }
        return reportRecord;
    }

    /** A classpath resource's bytes. */
    static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
