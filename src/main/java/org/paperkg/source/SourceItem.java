package org.paperkg.source;

/**
 * What a reader made of one input: a paper, or the reason it could not make one.
 * Exactly one of {@code paper} and {@code failure} is set.
 *
 * @param locator     where the input is: a file path, or {@code path#line} for one record of a file
 * @param contentHash SHA-256 of the input's bytes (of the line, for one record of a file)
 * @param paper       the paper read, or {@code null} on failure
 * @param failure     why no paper was read, or {@code null} on success
 * @param retryable   true for a failure that may pass later with the same bytes (a peer such as Grobid
 *                    was busy or down), so the pipeline keeps the input pending; false for bad input
 */
public record SourceItem(String locator, String contentHash, Paper paper, String failure, boolean retryable) {
    public SourceItem {
        if ((paper == null) == (failure == null)) {
            throw new IllegalArgumentException("exactly one of paper and failure must be set for " + locator);
        }
        if (retryable && failure == null) {
            throw new IllegalArgumentException("only a failure can be retryable, for " + locator);
        }
    }

    /** An item that is not retryable, as before the {@code retryable} component existed. */
    public SourceItem(String locator, String contentHash, Paper paper, String failure) {
        this(locator, contentHash, paper, failure, false);
    }

    public static SourceItem read(String locator, String contentHash, Paper paper) {
        return new SourceItem(locator, contentHash, paper, null, false);
    }

    /** The input is bad: trying again with the same bytes will fail the same way. */
    public static SourceItem failed(String locator, String contentHash, String reason) {
        return new SourceItem(locator, contentHash, null, reason, false);
    }

    /** A peer was unavailable: the same bytes may be read later. */
    public static SourceItem retryLater(String locator, String contentHash, String reason) {
        return new SourceItem(locator, contentHash, null, reason, true);
    }

    public boolean ok() {
        return paper != null;
    }
}
