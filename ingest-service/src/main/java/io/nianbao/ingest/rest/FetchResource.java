package io.nianbao.ingest.rest;

import io.nianbao.ingest.config.IngestConfig;
import io.nianbao.ingest.domain.Refusal;
import io.nianbao.ingest.service.FetchService;
import io.nianbao.ingest.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

@Path("/api/fetch")
@Tag(name = "fetch", description = "Download report documents from URLs")
public class FetchResource {
    @Inject
    FetchService fetch;
    @Inject
    IngestConfig config;

    /** {@code {"urls": ["https://..."], "agency": "optional hint"}} */
    public record FetchRequest(List<String> urls, String agency) {
    }

    @POST
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    @Operation(summary = "Fetch documents from http/https URLs and ingest them",
            description = "Each URL is downloaded with timeouts, bounded size and manually followed, re-checked "
                    + "redirects; loopback, link-local, private, unspecified and multicast destinations are refused. "
                    + "One result per URL; all refused -> 4xx problem.")
    public Response fetch(FetchRequest request) {
        if (request == null || request.urls() == null || request.urls().isEmpty()) {
            throw new Problems.ProblemException(Refusal.BAD_REQUEST, "Send {\"urls\": [\"https://...\"]} with at least one URL.");
        }
        if (request.urls().size() > config.fetch().maxUrls()) {
            throw new Problems.ProblemException(Refusal.BAD_REQUEST, "At most " + config.fetch().maxUrls()
                    + " URLs per request (nianbao.ingest.fetch.max-urls).");
        }
        List<DocumentAnswer> results = new ArrayList<>();
        for (String url : request.urls()) {
            FetchService.FetchResult r = fetch.fetch(url, DocumentResource.blankToNull(request.agency()));
            results.add(DocumentAnswer.of(r.result(), config.storeUrl(), url, r.finalUrl()));
        }
        return DocumentResource.batch(results, "URL");
    }
}
