package io.nianbao.ingest.domain;

/** What the bytes are: the media type to publish and the family that decides acceptance. */
public record Detection(String mediaType, Kind kind) {
    public enum Kind {
        HTML, XHTML, TEXT, MARKDOWN, DOC, DOCX, WPS, PDF, OFD, RTF,
        IMAGE, EXECUTABLE, ARCHIVE, OTHER;

        public boolean isDocument() {
            return ordinal() <= RTF.ordinal();
        }
    }
}
