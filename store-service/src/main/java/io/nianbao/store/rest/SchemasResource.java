package io.nianbao.store.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

@Path("/api/schemas")
public class SchemasResource {
    public static final String CHANGE_EVENT = "META-INF/schemas/change-event.schema.json";

    /** JSON Schema of the data of the CloudEvents on reports.changes. */
    @GET
    @Path("/change-event")
    @Produces("application/schema+json")
    public byte[] changeEvent() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(CHANGE_EVENT)) {
            if (in == null) {
                throw new IllegalStateException(CHANGE_EVENT + " missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
