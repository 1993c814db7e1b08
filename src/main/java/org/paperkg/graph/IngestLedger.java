package org.paperkg.graph;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Every input's content hash and outcome, kept in the graph as {@code :IngestRecord} nodes so the
 * ledger and the papers it speaks of live and die together. Every method throws
 * {@link GraphUnavailableException} when the database is unavailable.
 */
public interface IngestLedger {

    /** The recorded entries of these locators, by locator (absent when never seen). */
    Map<String, LedgerEntry> find(Collection<String> locators);

    /** Records the outcomes (replacing earlier ones of the same locators). */
    void record(Collection<LedgerEntry> entries);

    /** Entries with this outcome, oldest first, at most {@code limit}. */
    List<LedgerEntry> withOutcome(Outcome outcome, int limit);

    /**
     * A file moved: its entry and its records' entries ({@code path#line}) take the new path, replacing
     * entries an earlier file left there. Returns how many moved.
     */
    long relocate(String from, String to);

    /** How many entries have each outcome. */
    Map<Outcome, Long> counts();
}
