package org.paperkg.jobs;

import java.util.List;

/**
 * Where an ingest request stands, read from the inbox folders and the ledger (so it survives restarts
 * and is the same whichever instance is asked).
 *
 * @param id       the ingest id
 * @param path     the input, relative to the inbox root
 * @param state    {@code queued} (nothing done yet), {@code running} (some files done) or {@code done}
 * @param queued   files still waiting
 * @param ingested files ingested (or unchanged) and moved to {@code processed/}
 * @param failed   files moved to {@code failed/}
 * @param files    each file with its state, and its papers or why it failed (the first 1000)
 */
public record IngestStatus(String id, String path, String state, int queued, int ingested, int failed,
        List<FileState> files) {

    /**
     * @param path     relative to the inbox area it is in
     * @param state    {@code queued}, {@code ingested} or {@code failed}
     * @param paperIds papers it produced
     * @param reason   why it failed, else {@code null}
     */
    public record FileState(String path, String state, List<String> paperIds, String reason) {
    }
}
