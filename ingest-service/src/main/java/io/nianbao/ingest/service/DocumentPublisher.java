package io.nianbao.ingest.service;

/** Publishes one raw document and returns only once the broker acknowledged it (acks=all). */
public interface DocumentPublisher {
    /** @throws PublishException when the broker did not acknowledge in time; the document is then not stored. */
    void publish(RawDocument document) throws PublishException;

    class PublishException extends Exception {
        public PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
