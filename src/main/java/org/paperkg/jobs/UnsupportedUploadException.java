package org.paperkg.jobs;

/** An upload whose content is not a format the service reads (judged by its bytes, not its name). */
public final class UnsupportedUploadException extends RuntimeException {
    UnsupportedUploadException(String message) {
        super(message);
    }
}
