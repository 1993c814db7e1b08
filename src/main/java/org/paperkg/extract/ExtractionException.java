package org.paperkg.extract;

/** No valid extraction could be made for a paper. */
public class ExtractionException extends Exception {

    private final boolean retryable;

    public ExtractionException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public ExtractionException(String message, Throwable cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    /** True when the extractor's server was unavailable, so the paper should wait, not fail. */
    public boolean retryable() {
        return retryable;
    }
}
