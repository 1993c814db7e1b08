package org.paperkg.source;

/** An input could not be read. The message names the reason in words a user can act on. */
public class SourceException extends Exception {

    private final boolean retryable;

    public SourceException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public SourceException(String message, Throwable cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    public static SourceException badInput(String message) {
        return new SourceException(message, false);
    }

    /** True when the same input may succeed later (a peer was down), false when the input is bad. */
    public boolean retryable() {
        return retryable;
    }
}
