package io.nianbao.store.service.view;

import java.time.OffsetDateTime;

/** Where a document came from (ingest's metadata). */
public record SourceView(String fileName, String mediaType, String uri, OffsetDateTime receivedAt, Long sizeBytes,
                         String agencyHint, String channel) {
}
