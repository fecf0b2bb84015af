package io.nianbao.store.rest;

import io.nianbao.store.service.ProgressService;
import io.nianbao.store.service.view.Progress;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

/** The progress of a running batch: received and stored per minute over the last {@code minutes} (default 15). */
@Path("/api/progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {
    @Inject
    ProgressService progress;

    @GET
    public Progress get(@RestQuery String minutes) {
        Integer m = FilterParams.integer("minutes", minutes);
        return progress.progress(m == null ? 15 : m);
    }
}
