package org.paperkg.source;

/**
 * What a reader made of one input: a paper, or the reason it could not make one.
 * Exactly one of {@code paper} and {@code failure} is set.
 *
 * @param locator     where the input is: a file path, or {@code path#line} for one record of a file
 * @param contentHash SHA-256 of the input's bytes (of the line, for one record of a file)
 * @param paper       the paper read, or {@code null} on failure
 * @param failure     why no paper was read, or {@code null} on success
 */
public record SourceItem(String locator, String contentHash, Paper paper, String failure) {
    public SourceItem {
        if ((paper == null) == (failure == null)) {
            throw new IllegalArgumentException("exactly one of paper and failure must be set for " + locator);
        }
    }

    public static SourceItem read(String locator, String contentHash, Paper paper) {
        return new SourceItem(locator, contentHash, paper, null);
    }

    public static SourceItem failed(String locator, String contentHash, String reason) {
        return new SourceItem(locator, contentHash, null, reason);
    }

    public boolean ok() {
        return paper != null;
    }
}
