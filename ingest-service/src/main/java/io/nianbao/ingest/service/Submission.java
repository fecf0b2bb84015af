package io.nianbao.ingest.service;

/**
 * One document as it arrived, before detection. Optional fields are null when unknown.
 *
 * @param channel one of {@link #HTTP}, {@link #MULTIPART}, {@link #INBOX}, {@link #FETCH}
 */
public record Submission(byte[] bytes, String fileName, String claimedMediaType, String sourceUrl,
                         String agencyHint, String channel) {
    public static final String HTTP = "http";
    public static final String MULTIPART = "multipart";
    public static final String INBOX = "inbox";
    public static final String FETCH = "fetch";
}
