package org.paperkg.pipeline;

import org.paperkg.graph.LedgerEntry;

/** Follows an ingest as it goes (progress bars, logs, metrics). Called from the ingesting thread. */
public interface IngestListener {

    IngestListener NONE = new IngestListener() {
    };

    /** The files are listed. */
    default void started(int files) {
    }

    /** One input file is done; {@code entries} are the outcomes of it and its records. */
    default void fileDone(String locator, java.util.List<LedgerEntry> entries) {
    }
}
