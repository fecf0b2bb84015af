package io.nianbao.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.nianbao.ingest.service.IngestResult;

/** The answer for one document (alone, or as one item of a multipart or fetch batch). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentAnswer(int status, String documentId, Boolean duplicate, String mediaType, Long sizeBytes,
                             String fileName, String url, String finalUrl, String follow, String store,
                             String refused, String type, String title, String detail, String message) {

    public static DocumentAnswer of(IngestResult r, String storeBase, String url, String finalUrl) {
        if (r.isRefused()) {
            return new DocumentAnswer(r.status(), r.documentId(), null, null, null, r.fileName(), url, finalUrl, null,
                    null, r.refusal().code(), r.refusal().type(), r.refusal().title(), r.detail(), null);
        }
        return new DocumentAnswer(r.status(), r.documentId(), r.duplicate(), r.mediaType(), r.sizeBytes(), r.fileName(),
                url, finalUrl, follow(r.documentId()), store(storeBase, r.documentId()), null, null, null, null,
                r.duplicate() ? "Already received: nothing was published again." : "Accepted and published to the pipeline.");
    }

    public DocumentAnswer withMessage(String m) {
        return new DocumentAnswer(status, documentId, duplicate, mediaType, sizeBytes, fileName, url, finalUrl, follow,
                store, refused, type, title, detail, m);
    }

    public DocumentAnswer withStatus(int s) {
        return new DocumentAnswer(s, documentId, duplicate, mediaType, sizeBytes, fileName, url, finalUrl, follow,
                store, refused, type, title, detail, message);
    }

    public static String follow(String id) {
        return "/api/documents/" + id;
    }

    public static String store(String base, String id) {
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/api/reports/" + id;
    }
}
