package io.nianbao.contract;

/**
 * Kafka header names carried by a {@link Topics#RAW} message besides the CloudEvents ones
 * ({@code ce_id} = documentId, {@code ce_type}, {@code ce_source}, {@code ce_time}, {@code content-type}).
 * Values are UTF-8 strings. The message value is the raw document bytes.
 */
public final class RawHeaders {
    public static final String DOCUMENT_ID = "nb-document-id";
    public static final String FILE_NAME = "nb-file-name";
    /** Media type detected by Tika from the bytes (not the client's claim). */
    public static final String MEDIA_TYPE = "nb-media-type";
    /** Content-Type the client claimed, if any. */
    public static final String CLAIMED_MEDIA_TYPE = "nb-claimed-media-type";
    public static final String SOURCE_URL = "nb-source-url";
    public static final String RECEIVED_AT = "nb-received-at";
    public static final String HINT_AGENCY = "nb-hint-agency";
    /** How the document arrived: http, multipart, inbox, fetch. */
    public static final String CHANNEL = "nb-channel";

    /** Header on dead-letter records: why the stage refused the message (SmallRye sets dead-letter-reason too). */
    public static final String FAILURE_REASON = "nb-failure-reason";

    private RawHeaders() {
    }
}
