package io.nianbao.ingest.service;

import java.time.Instant;

/** What is published to reports.raw: the bytes (value), documentId (key) and the header values. */
public record RawDocument(String documentId, byte[] bytes, String mediaType, String fileName,
                          String claimedMediaType, String sourceUrl, String agencyHint, String channel,
                          Instant receivedAt) {
}
