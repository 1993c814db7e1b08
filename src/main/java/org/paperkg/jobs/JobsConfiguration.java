package org.paperkg.jobs;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.paperkg.graph.CypherFolderRunner;
import org.paperkg.graph.GraphReader;
import org.paperkg.graph.GraphWriter;
import org.paperkg.graph.IngestLedger;
import org.paperkg.graph.JobRunStore;
import org.paperkg.graph.Neo4jLockProvider;
import org.paperkg.ground.Grounder;
import org.paperkg.pipeline.ExtractorChoice;
import org.paperkg.pipeline.IngestPipeline;
import org.paperkg.pipeline.Reextraction;
import org.paperkg.resolve.Resolver;
import org.paperkg.source.PaperSources;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The jobs and the inbox, in the service only (not for command-line runs): five jobs on their
 * schedules, the runner that locks and records them, and the API's ingest requests.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
@EnableConfigurationProperties({JobsProperties.class, InboxProperties.class})
public class JobsConfiguration {

    private static final Clock CLOCK = Clock.systemUTC();

    @Bean
    Inbox inbox(InboxProperties props) {
        return new Inbox(props, CLOCK);
    }

    @Bean
    IngestMetrics ingestMetrics(MeterRegistry meters) {
        return new IngestMetrics(meters);
    }

    @Bean
    GraphStatistics graphStatistics(GraphReader reader, IngestLedger ledger) {
        return new GraphStatistics(reader, ledger);
    }

    @Bean(destroyMethod = "close")
    Reextraction reextraction(ExtractorChoice extractors, Grounder grounder, Resolver resolver, GraphWriter writer) {
        return new Reextraction(extractors.primary(), extractors.concurrency(), grounder, resolver, writer);
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService jobLockKeepAlive() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "job-lock-keep-alive");
            t.setDaemon(true);
            return t;
        });
    }

    @Bean(destroyMethod = "close")
    JobRunner jobRunner(Inbox inbox, IngestPipeline pipeline, IngestLedger ledger, IngestMetrics metrics,
            GraphReader reader, Reextraction reextraction, ExtractorChoice extractors, CypherFolderRunner derive,
            JobRunStore runs, GraphStatistics statistics, Neo4jLockProvider locks,
            ScheduledExecutorService jobLockKeepAlive, JobsProperties props, MeterRegistry meters) {
        InboxIngest ingest = new InboxIngest(pipeline, new InboxMover(inbox, ledger, CLOCK), metrics);
        List<Job> jobs = List.of(
                new InboxScanJob(inbox, ingest, props.inboxScan()),
                new RetryJob(reader, ledger, ingest, props.retry(), CLOCK),
                new ReextractJob(reader, reextraction, extractors.primary().info(), props.reextract()),
                new DerivedEdgesJob(derive, runs, props.derive()),
                new StatsSnapshotJob(statistics, props.stats(), meters));
        LockProvider keptAlive = new KeepAliveLockProvider(locks, jobLockKeepAlive);
        return new JobRunner(jobs, keptAlive, runs, props, meters, CLOCK);
    }

    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskScheduler jobScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(6);
        scheduler.setThreadNamePrefix("job-schedule-");
        scheduler.setDaemon(true);
        return scheduler;
    }

    @Bean
    JobScheduling jobScheduling(JobRunner runner, JobsProperties props, ThreadPoolTaskScheduler jobScheduler) {
        return new JobScheduling(runner, props, jobScheduler);
    }

    @Bean
    InboxStatusReader inboxStatusReader(Inbox inbox, IngestLedger ledger) {
        return new InboxStatusReader(inbox, ledger);
    }

    @Bean
    IngestRequests ingestRequests(Inbox inbox, PaperSources sources, JobRunner runner, InboxStatusReader status) {
        return new IngestRequests(inbox, sources, runner, status);
    }
}
