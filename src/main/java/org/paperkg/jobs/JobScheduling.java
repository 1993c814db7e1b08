package org.paperkg.jobs;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.PeriodicTrigger;

/**
 * Puts each enabled job on its schedule: a cron expression when one is set, else a fixed delay between
 * the end of a run and the start of the next (the first run after one delay, not at start-up).
 */
final class JobScheduling implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(JobScheduling.class);

    private final JobRunner runner;
    private final JobsProperties props;
    private final TaskScheduler scheduler;

    JobScheduling(JobRunner runner, JobsProperties props, TaskScheduler scheduler) {
        this.runner = runner;
        this.props = props;
        this.scheduler = scheduler;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.setTaskScheduler(scheduler);
        if (!props.enabled()) {
            log.info("Scheduled jobs are off (paperkg.jobs.enabled=false); they still run when triggered through the API");
            return;
        }
        List<String> plan = new ArrayList<>();
        for (Job job : runner.jobs()) {
            JobSchedule s = job.schedule();
            if (!s.enabled()) {
                plan.add(job.name() + " off");
                continue;
            }
            registrar.addTriggerTask(() -> tick(job.name()), trigger(s));
            plan.add(job.name() + (hasCron(s) ? " at '" + s.cron() + "'" : " every " + s.interval()));
        }
        log.info("Jobs: {}", String.join(", ", plan));
    }

    private void tick(String name) {
        try {
            runner.tick(name);
        } catch (RuntimeException e) {
            log.warn("Job {} could not start: {}", name, e.toString());
        }
    }

    static Trigger trigger(JobSchedule s) {
        if (hasCron(s)) {
            return new CronTrigger(s.cron());
        }
        PeriodicTrigger periodic = new PeriodicTrigger(s.interval());
        periodic.setInitialDelay(s.interval());
        return periodic;
    }

    private static boolean hasCron(JobSchedule s) {
        return s.cron() != null && !s.cron().isBlank();
    }
}
