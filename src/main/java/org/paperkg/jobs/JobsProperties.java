package org.paperkg.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scheduled jobs ({@code paperkg.jobs.*}): a master switch, the lock, the run history kept, and per
 * job an on/off switch with an interval or a cron expression.
 *
 * @param enabled       run jobs on their schedules at all (manual runs through the API work either way)
 * @param lockAtMostFor how long a job's lock holds without being renewed; a running job renews it, so this
 *                      only bounds how long a crashed instance keeps others out (at least 30 s)
 * @param history       finished runs kept per job
 * @param inboxScan     ingest new files of the inbox
 * @param retry         try failed and pending inputs again
 * @param reextract     extract again what an older model or prompt version made
 * @param derive        derived edges (citation matching, lineage inference) over what was added
 * @param stats         statistics snapshot
 */
@ConfigurationProperties("paperkg.jobs")
public record JobsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2m") Duration lockAtMostFor,
        @DefaultValue("200") int history,
        @DefaultValue InboxScan inboxScan,
        @DefaultValue Retry retry,
        @DefaultValue Reextract reextract,
        @DefaultValue Derive derive,
        @DefaultValue Stats stats) {

    public JobsProperties {
        if (lockAtMostFor.compareTo(Duration.ofSeconds(30)) < 0) {
            throw new IllegalArgumentException("paperkg.jobs.lock-at-most-for must be at least 30s, was " + lockAtMostFor);
        }
        if (history < 1) {
            throw new IllegalArgumentException("paperkg.jobs.history must be at least 1, was " + history);
        }
    }

    /** @param maxFiles files ingested per run at most (the rest wait for the next run) */
    public record InboxScan(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration interval, String cron,
            @DefaultValue("200") int maxFiles) implements JobSchedule {
    }

    /**
     * @param maxAttempts    attempts per input in all, the first ingest included; then it is left alone
     * @param initialBackoff the wait after the first failed attempt
     * @param multiplier     each further wait is this many times the one before
     * @param maxBackoff     the longest wait
     * @param maxFiles       files retried per run at most
     */
    public record Retry(@DefaultValue("true") boolean enabled, @DefaultValue("1m") Duration interval, String cron,
            @DefaultValue("5") int maxAttempts, @DefaultValue("1m") Duration initialBackoff,
            @DefaultValue("4") double multiplier, @DefaultValue("6h") Duration maxBackoff,
            @DefaultValue("100") int maxFiles) implements JobSchedule {
    }

    /**
     * @param batchSize  papers extracted and written together (one transaction per batch)
     * @param maxBatches batches per run at most, so one run stays bounded
     */
    public record Reextract(@DefaultValue("true") boolean enabled, @DefaultValue("1h") Duration interval, String cron,
            @DefaultValue("50") int batchSize, @DefaultValue("20") int maxBatches) implements JobSchedule {
    }

    public record Derive(@DefaultValue("true") boolean enabled, @DefaultValue("10m") Duration interval, String cron)
            implements JobSchedule {
    }

    public record Stats(@DefaultValue("true") boolean enabled, @DefaultValue("15m") Duration interval, String cron)
            implements JobSchedule {
    }
}
