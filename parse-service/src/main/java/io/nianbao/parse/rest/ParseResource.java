package io.nianbao.parse.rest;

import io.nianbao.contract.ReportRecord;
import io.nianbao.parse.extract.UnreadableDocumentException;
import io.nianbao.parse.service.ParseService;
import io.nianbao.parse.service.SourceInfo;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Synchronous parsing of one document, without publishing anything. */
@Path("/api/parse")
@Tag(name = "parse", description = "Parse a report document into the record of reports.parsed")
public class ParseResource {

    @Inject
    ParseService service;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Parse one document",
            description = "The body is the document itself (HTML, DOCX, DOC, WPS, PDF, OFD, TXT, Markdown); its type is "
                    + "detected from the bytes, Content-Type and fileName are hints. Returns the record that would be "
                    + "published on reports.parsed; nothing is published.")
    @RequestBody(required = true, content = @Content(mediaType = "*/*",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "The parsed record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportRecord.class)))
    @APIResponse(responseCode = "400", description = "Empty body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Document larger than nianbao.parse.max-bytes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "A type the service does not read (image, archive, executable...)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A readable type, but damaged, encrypted, textless or too slow to read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportRecord parse(
            @Parameter(description = "The document's file name (a hint for type detection; kept in source.fileName)")
            @QueryParam("fileName") String fileName,
            @Parameter(description = "Where the document comes from (kept in source.uri)")
            @QueryParam("uri") String uri,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body) {
        if (body == null || body.length == 0) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.EMPTY, null,
                    "empty body: send the document's bytes");
        }
        return service.parse(body, new SourceInfo(fileName, contentType, uri, null, null, "http"));
    }

    @ServerExceptionMapper
    public Response unreadable(UnreadableDocumentException e) {
        int status = switch (e.reason()) {
            case EMPTY -> 400;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            default -> 422;
        };
        String title = switch (e.reason()) {
            case EMPTY -> "Empty document";
            case TOO_LARGE -> "Document too large";
            case UNSUPPORTED_TYPE -> "Unsupported document type";
            case CORRUPT -> "Damaged document";
            case ENCRYPTED -> "Encrypted document";
            case NO_TEXT -> "No text in the document";
            case TIMEOUT -> "Extraction timed out";
            case NOT_A_REPORT -> "Not an annual report";
            case TOO_COMPLEX -> "Document beyond the safety limits";
        };
        String type = Problem.TYPE_BASE + e.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, e.getMessage(), e.reason().name(), e.mediaType()))
                .build();
    }
}
