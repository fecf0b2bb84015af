package io.nianbao.parse.extract;

/** The document cannot be turned into text; {@link #reason()} says why in a way a caller can map to a status. */
public class UnreadableDocumentException extends RuntimeException {

    public enum Reason {
        /** Nothing to read: zero bytes. */
        EMPTY,
        /** More bytes than the configured maximum. */
        TOO_LARGE,
        /** A format the service does not read (image, executable, archive, unknown binary). */
        UNSUPPORTED_TYPE,
        /** A format it reads, but the file is damaged. */
        CORRUPT,
        /** Password protected. */
        ENCRYPTED,
        /** Readable but without any text (a scanned PDF, an empty page). */
        NO_TEXT,
        /** Extraction took longer than the configured timeout. */
        TIMEOUT,
        /** Readable text, but not an information-disclosure annual report (a news article, an arbitrary PDF). */
        NOT_A_REPORT,
        /**
         * Beyond the extraction's safety limits: elements nested deeper than a document needs, or far more output
         * than its bytes (Tika's SecureContentHandler, the zip-bomb guard).
         */
        TOO_COMPLEX
    }

    private final Reason reason;
    private final String mediaType;

    public UnreadableDocumentException(Reason reason, String mediaType, String message) {
        this(reason, mediaType, message, null);
    }

    public UnreadableDocumentException(Reason reason, String mediaType, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.mediaType = mediaType;
    }

    public Reason reason() {
        return reason;
    }

    /** The detected media type, when detection got that far (null otherwise). */
    public String mediaType() {
        return mediaType;
    }
}
