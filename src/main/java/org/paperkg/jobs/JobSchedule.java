package org.paperkg.jobs;

import java.time.Duration;

/** When a job runs: on or off, and a cron expression or else a fixed delay between runs. */
public interface JobSchedule {

    boolean enabled();

    /** The delay between the end of one run and the start of the next (also the delay before the first). */
    Duration interval();

    /** A Spring cron expression ({@code second minute hour day month weekday}); overrides the interval when set. */
    String cron();
}
