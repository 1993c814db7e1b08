package org.paperkg.graph;

import java.time.Instant;
import java.util.List;

/**
 * The recorded outcome of one input.
 *
 * @param locator     the input: a file path, or {@code path#line} for one record of a file
 * @param contentHash SHA-256 of the input's bytes
 * @param format      what it was read as ({@code pdf}, {@code tei}, {@code jsonl}, ...), or {@code null}
 * @param outcome     how the last attempt ended
 * @param reason      why it failed or is pending, else {@code null}
 * @param paperIds    the papers it produced
 * @param attempts    attempts so far with this content
 * @param at          when the outcome was recorded
 */
public record LedgerEntry(String locator, String contentHash, String format, Outcome outcome, String reason,
        List<String> paperIds, int attempts, Instant at) {
    public LedgerEntry {
        paperIds = List.copyOf(paperIds);
    }
}
