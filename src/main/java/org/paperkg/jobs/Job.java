package org.paperkg.jobs;

/** A scheduled job. Runs never overlap: the {@link JobRunner} holds the job's lock around {@link #run}. */
public interface Job {

    /** The name in the API, in lock records and in run records ({@code inbox-scan}, …). */
    String name();

    JobSchedule schedule();

    /** Does one run's work, counting what it did and noting errors in {@code report}. */
    void run(JobReport report) throws Exception;
}
