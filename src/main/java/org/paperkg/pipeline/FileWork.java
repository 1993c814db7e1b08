package org.paperkg.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperkg.graph.LedgerEntry;
import org.paperkg.source.SourceItem;

/**
 * One input file on its way through a group: what it was read as, its items, and the outcomes so far.
 * A file whose single item has the file's own locator is recorded once; a multi-record file (JSON
 * Lines, PubMed XML, arXiv Atom) is recorded as a file plus one entry per record.
 */
final class FileWork {

    final String locator;
    final String contentHash;
    final String format;
    final LedgerEntry previous;
    final List<SourceItem> items = new ArrayList<>();
    /** Earlier outcomes of the items, by item locator (null values for new items). */
    final Map<String, LedgerEntry> known = new HashMap<>();
    final List<LedgerEntry> outcomes = new ArrayList<>();
    LedgerEntry fileOutcome;

    FileWork(String locator, String contentHash, String format, LedgerEntry previous) {
        this.locator = locator;
        this.contentHash = contentHash;
        this.format = format;
        this.previous = previous;
    }

    boolean multiRecord() {
        return items.size() != 1 || !items.get(0).locator().equals(locator);
    }

    /**
     * Puts the outcomes in the order of the file's records, whatever order they were decided in (skipped
     * records first, extracted ones as their batches finish), so the file's entry lists its paper ids
     * the same way on every run.
     */
    void sortOutcomesByRecord() {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            position.putIfAbsent(items.get(i).locator(), i);
        }
        outcomes.sort(Comparator.comparingInt(e -> position.getOrDefault(e.locator(), Integer.MAX_VALUE)));
    }

    /** Every entry to record: the file's own and its records'. */
    List<LedgerEntry> entries() {
        List<LedgerEntry> all = new ArrayList<>(outcomes);
        if (fileOutcome != null && (multiRecord() || outcomes.isEmpty())) {
            all.add(fileOutcome);
        }
        return all;
    }
}
