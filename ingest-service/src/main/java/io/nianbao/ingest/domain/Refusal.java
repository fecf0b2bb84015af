package io.nianbao.ingest.domain;

/**
 * Why a document (or a request) is not taken, with the HTTP status and the RFC 7807 {@code type} and
 * {@code title} it is answered with. The {@link #code()} is also the {@code reason} tag of the refusal metric.
 */
public enum Refusal {
    EMPTY(400, "Empty document", "The request carries no bytes."),
    TOO_LARGE(413, "Document too large", "The document exceeds the configured size limit."),
    NOT_A_DOCUMENT(415, "Not an accepted document type",
            "Accepted: HTML, XHTML, plain text, Markdown, DOC, DOCX, WPS, PDF, OFD, RTF."),
    IMAGE_NEEDS_OCR(415, "Image without a text layer",
            "Images without a text layer need OCR, which is not configured."),
    EXECUTABLE(415, "Executable content", "Executables and scripts are never accepted."),
    ARCHIVE(415, "Archive", "Archives are not unpacked; send the documents themselves."),
    MALFORMED_MULTIPART(400, "Malformed multipart request", "The multipart/form-data body could not be read."),
    NO_FILES(400, "No files", "The multipart request contains no file parts."),
    BAD_REQUEST(400, "Bad request", "The request is not understood."),
    BAD_URL(400, "URL not accepted", "Only absolute http and https URLs without credentials are fetched."),
    ADDRESS_BLOCKED(403, "Address not allowed",
            "The URL resolves to a loopback, link-local, private, unspecified or multicast address."),
    FETCH_FAILED(502, "Fetch failed", "The remote server could not be reached or did not deliver the document."),
    TOO_MANY_REDIRECTS(502, "Too many redirects", "The redirect chain is longer than allowed."),
    UNAVAILABLE(503, "Temporarily unavailable",
            "The document could not be published; nothing was stored. Try again.");

    private final int status;
    private final String title;
    private final String defaultDetail;

    Refusal(int status, String title, String defaultDetail) {
        this.status = status;
        this.title = title;
        this.defaultDetail = defaultDetail;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String defaultDetail() {
        return defaultDetail;
    }

    /** Metric tag and machine-readable reason, e.g. {@code too-large}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** RFC 7807 problem type URI. */
    public String type() {
        return "urn:nianbao:ingest:" + code();
    }
}
