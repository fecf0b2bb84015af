package io.nianbao.parse.service;

/** What is known about a document besides its bytes (from the Kafka headers or the REST request). */
public record SourceInfo(String fileName, String claimedMediaType, String uri, String receivedAt, String agencyHint,
                         String channel) {
    public static SourceInfo of(String fileName, String claimedMediaType) {
        return new SourceInfo(fileName, claimedMediaType, null, null, null, null);
    }
}
