package io.nianbao.ingest.service;

import io.nianbao.ingest.domain.Refusal;

/**
 * The answer for one document: accepted (202, published now), duplicate (200, already on reports.raw, nothing
 * published) or refused (the refusal's status; 503 when publishing failed and nothing was stored).
 */
public record IngestResult(int status, String documentId, boolean duplicate, String mediaType, long sizeBytes,
                           String fileName, Refusal refusal, String detail) {

    public static IngestResult accepted(String id, String mediaType, long size, String fileName) {
        return new IngestResult(202, id, false, mediaType, size, fileName, null, null);
    }

    public static IngestResult duplicate(String id, String mediaType, long size, String fileName) {
        return new IngestResult(200, id, true, mediaType, size, fileName, null, null);
    }

    public static IngestResult refused(Refusal refusal, String detail, String fileName, String documentId) {
        return new IngestResult(refusal.status(), documentId, false, null, -1, fileName, refusal,
                detail == null ? refusal.defaultDetail() : detail);
    }

    public boolean isAccepted() {
        return status == 202;
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
