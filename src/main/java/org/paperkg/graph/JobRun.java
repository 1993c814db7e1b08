package org.paperkg.graph;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run of a scheduled job, as recorded in the graph ({@code :JobRun}).
 *
 * @param id        a unique id
 * @param job       the job's name ({@code inbox-scan}, {@code retry}, …)
 * @param trigger   what started it: {@code schedule} or {@code manual}
 * @param instance  the app instance that ran it
 * @param status    {@code RUNNING}, {@code SUCCEEDED} or {@code FAILED}
 * @param startedAt when it started
 * @param endedAt   when it ended, or {@code null} while running
 * @param counts    what it did, by name (files ingested, edges created, …)
 * @param errors    what went wrong, one line each (bounded)
 */
public record JobRun(String id, String job, String trigger, String instance, String status, Instant startedAt,
        Instant endedAt, Map<String, Long> counts, List<String> errors) {

    public static final String RUNNING = "RUNNING";
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";

    public JobRun {
        counts = counts == null ? Map.of() : new TreeMap<>(counts);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The same run, ended. */
    public JobRun ended(String endStatus, Instant at, Map<String, Long> endCounts, List<String> endErrors) {
        return new JobRun(id, job, trigger, instance, endStatus, startedAt, at, endCounts, endErrors);
    }
}
