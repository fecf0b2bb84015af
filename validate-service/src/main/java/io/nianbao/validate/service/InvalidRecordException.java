package io.nianbao.validate.service;

/** The input is not a parsed record this stage can validate (not JSON, not an object, no documentId...). */
public class InvalidRecordException extends RuntimeException {
    public InvalidRecordException(String message) {
        super(message);
    }

    public InvalidRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
