package io.nianbao.ingest.rest;

import io.nianbao.contract.DocumentIds;
import io.nianbao.contract.Json;
import io.nianbao.ingest.config.IngestConfig;
import io.nianbao.ingest.domain.BatchOutcome;
import io.nianbao.ingest.domain.BoundedReader;
import io.nianbao.ingest.domain.Refusal;
import io.nianbao.ingest.domain.SeenDocuments;
import io.nianbao.ingest.service.IngestResult;
import io.nianbao.ingest.service.IngestService;
import io.nianbao.ingest.service.Submission;
import io.nianbao.ingest.service.ValidatedWaits;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nianbao.ingest.security.ReadAccess;
import io.nianbao.ingest.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

@Path("/api/documents")
@Tag(name = "documents", description = "Submit report documents to the pipeline")
public class DocumentResource {
    @Inject
    IngestService ingest;
    @Inject
    IngestConfig config;
    @Inject
    ValidatedWaits waits;
    @Inject
    SeenDocuments seen;
    @Inject
    ReadAccess reads;

    @POST
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    @Operation(summary = "Submit one document as the raw request body",
            description = "202 accepted and published; 200 duplicate (nothing published); 400 empty; 413 too large; "
                    + "415 not an accepted document; 401 without a valid API key; 503 not published. With ?wait=N "
                    + "a digest of the validated record (report, summary, versions) is returned (200) if it arrives "
                    + "within N seconds, else 202 with where to look.")
    public Response raw(InputStream body,
                        @HeaderParam("Content-Type") String contentType,
                        @HeaderParam("Content-Length") String contentLength,
                        @Parameter(description = "original file name (hint)") @QueryParam("fileName") String fileName,
                        @Parameter(description = "where the document was published (hint)") @QueryParam("sourceUrl") String sourceUrl,
                        @Parameter(description = "agency that published it (hint)") @QueryParam("agency") String agency,
                        @Parameter(description = "seconds to wait for the validated record") @QueryParam("wait") String wait) {
        Duration waitFor = parseWait(wait);
        long declared = parseLength(contentLength);
        byte[] bytes;
        try {
            bytes = BoundedReader.read(body == null ? InputStream.nullInputStream() : body, config.maxBytes(), declared);
        } catch (BoundedReader.TooLargeException e) {
            IngestResult r = ingest.refuse(Refusal.TOO_LARGE, "The document is larger than the limit of "
                    + config.maxBytes() + " bytes (nianbao.ingest.max-bytes).", fileName, Submission.HTTP);
            return problem(r);
        } catch (IOException e) {
            throw new Problems.ProblemException(Refusal.BAD_REQUEST, "The request body could not be read: " + e.getMessage());
        }
        Submission s = new Submission(bytes, blankToNull(fileName), blankToNull(contentType), blankToNull(sourceUrl),
                blankToNull(agency), Submission.HTTP);
        CompletableFuture<String> pending = null;
        String expectedId = null;
        if (!waitFor.isZero() && bytes.length > 0) {
            expectedId = DocumentIds.of(bytes);
            pending = waits.register(expectedId);
        }
        IngestResult r = ingest.ingest(s);
        if (r.isRefused()) {
            if (pending != null) {
                waits.cancel(expectedId, pending);
            }
            return problem(r);
        }
        DocumentAnswer answer = DocumentAnswer.of(r, config.storeUrl(), null, null);
        if (pending == null) {
            return Response.status(r.status()).type(MediaType.APPLICATION_JSON).entity(answer).build();
        }
        Optional<String> record = waits.await(r.documentId(), pending, waitFor);
        if (record.isPresent()) {
            String digestBody;
            try {
                ObjectNode digest = (ObjectNode) Json.mapper().readTree(record.get());
                digest.put("follow", answer.follow());
                digest.put("store", answer.store());
                digestBody = Json.toString(digest);
            } catch (IOException | ClassCastException e) {
                digestBody = record.get();
            }
            return Response.ok(digestBody, MediaType.APPLICATION_JSON).header("Location", answer.store()).build();
        }
        return Response.status(202).type(MediaType.APPLICATION_JSON).entity(answer.withStatus(202).withMessage(
                "Not ready yet: no validated record within " + waitFor.toSeconds() + " s"
                        + (r.duplicate() ? " (the document was received before; its record may already be stored)" : "")
                        + ". The pipeline works on; look at " + answer.store() + " or GET " + answer.follow() + "."))
                .build();
    }

    @POST
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    @Operation(summary = "Submit several documents as multipart/form-data file parts",
            description = "One result per file (accepted, duplicate or refused with the reason). 202 if any was "
                    + "accepted, 200 if none new but some duplicate; a request whose files are all refused is a 4xx problem.")
    public Response multipart(@RestForm(FileUpload.ALL) List<FileUpload> files,
                              @QueryParam("sourceUrl") String sourceUrl,
                              @QueryParam("agency") String agency) {
        if (files == null || files.isEmpty()) {
            throw new Problems.ProblemException(Refusal.NO_FILES,
                    "The multipart request contains no file parts (parts need a filename).");
        }
        List<DocumentAnswer> results = new ArrayList<>();
        for (FileUpload f : files) {
            String name = blankToNull(f.fileName());
            IngestResult r;
            if (f.size() > config.maxBytes()) {
                r = ingest.refuse(Refusal.TOO_LARGE, "The file is larger than the limit of " + config.maxBytes()
                        + " bytes (nianbao.ingest.max-bytes).", name, Submission.MULTIPART);
            } else {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(f.uploadedFile());
                } catch (IOException e) {
                    throw new Problems.ProblemException(Refusal.MALFORMED_MULTIPART, "A file part could not be read: " + e);
                }
                r = ingest.ingest(new Submission(bytes, name, blankToNull(f.contentType()), blankToNull(sourceUrl),
                        blankToNull(agency), Submission.MULTIPART));
            }
            results.add(DocumentAnswer.of(r, config.storeUrl(), null, null));
        }
        return batch(results, "file");
    }

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    @Operation(summary = "What this ingest instance knows of a document",
            description = "Whether it is on reports.raw and where store-service serves its record.")
    public Response get(@PathParam("id") String id) {
        reads.check();
        if (!DocumentIds.isValid(id)) {
            throw new Problems.ProblemException(Refusal.BAD_REQUEST, "A documentId is 64 lower-case hex digits (SHA-256).");
        }
        if (!seen.contains(id)) {
            return Problems.response(Problems.body("urn:nianbao:ingest:not-found", "Unknown document", 404,
                    "This document has not been received (or not yet indexed from reports.raw.keys)."));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documentId", id);
        out.put("received", true);
        out.put("store", DocumentAnswer.store(config.storeUrl(), id));
        return Response.ok(Json.toString(out), MediaType.APPLICATION_JSON).build();
    }

    static Response batch(List<DocumentAnswer> results, String what) {
        int status = BatchOutcome.status(results.stream().map(DocumentAnswer::status).toList());
        long accepted = results.stream().filter(a -> a.status() == 202).count();
        long duplicates = results.stream().filter(a -> Boolean.TRUE.equals(a.duplicate())).count();
        long refused = results.size() - accepted - duplicates;
        if (accepted == 0 && duplicates == 0) {
            Map<String, Object> p = Problems.body("urn:nianbao:ingest:all-refused",
                    "Every " + what + " was refused", status,
                    "None of the " + results.size() + " " + what + "(s) was accepted; see results for each reason.");
            p.put("results", results);
            return Problems.response(p);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("accepted", accepted);
        out.put("duplicates", duplicates);
        out.put("refused", refused);
        out.put("results", results);
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(out).build();
    }

    private Response problem(IngestResult r) {
        Map<String, Object> p = Problems.body(r.refusal(), r.detail());
        if (r.documentId() != null) {
            p.put("documentId", r.documentId());
        }
        if (r.fileName() != null) {
            p.put("fileName", r.fileName());
        }
        return Problems.response(p);
    }

    private Duration parseWait(String wait) {
        if (wait == null || wait.isBlank()) {
            return Duration.ZERO;
        }
        long seconds;
        try {
            seconds = Long.parseLong(wait.trim());
        } catch (NumberFormatException e) {
            throw new Problems.ProblemException(Refusal.BAD_REQUEST, "wait must be a whole number of seconds, got '" + wait + "'.");
        }
        if (seconds < 0) {
            throw new Problems.ProblemException(Refusal.BAD_REQUEST, "wait must not be negative.");
        }
        Duration d = Duration.ofSeconds(seconds);
        Duration max = config.waiting().max();
        return d.compareTo(max) > 0 ? max : d;
    }

    private static long parseLength(String contentLength) {
        if (contentLength == null || contentLength.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
