package org.paperkg.jobs;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.RuleExtractor;
import org.paperkg.graph.CypherCatalog;
import org.paperkg.graph.JobRunStore;
import org.paperkg.graph.Neo4jGraphReader;
import org.paperkg.graph.Neo4jGraphWriter;
import org.paperkg.graph.Neo4jIngestLedger;
import org.paperkg.graph.Neo4jLockProvider;
import org.paperkg.graph.TestNeo4j;
import org.paperkg.ground.TextGrounder;
import org.paperkg.pipeline.ExtractorChoice;
import org.paperkg.pipeline.IngestPipeline;
import org.paperkg.pipeline.PipelineProperties;
import org.paperkg.resolve.AliasDirectory;
import org.paperkg.resolve.CanonicalResolver;
import org.paperkg.source.GrobidProperties;
import org.paperkg.source.PaperSources;
import org.paperkg.source.SourceProperties;

/** The real graph pieces on the shared test Neo4j, wired by hand for job tests. */
final class JobsFixture {

    static final CypherCatalog CYPHER = new CypherCatalog();

    private JobsFixture() {
    }

    static JobsProperties props() {
        var d = Duration.ofHours(1);
        return new JobsProperties(true, Duration.ofSeconds(30), 50, new JobsProperties.InboxScan(true, d, null, 200),
                new JobsProperties.Retry(true, d, null, 5, Duration.ofMinutes(1), 4, Duration.ofHours(6), 100),
                new JobsProperties.Reextract(true, d, null, 3, 20), new JobsProperties.Derive(true, d, null),
                new JobsProperties.Stats(true, d, null));
    }

    /** A runner as one app instance named {@code instance} would have it. */
    static JobRunner runner(String instance, List<Job> jobs) {
        var locks = new KeepAliveLockProvider(new Neo4jLockProvider(TestNeo4j.driver(), CYPHER, instance),
                Executors.newSingleThreadScheduledExecutor());
        return new JobRunner(jobs, locks, runs(), props(), new SimpleMeterRegistry(), Clock.systemUTC());
    }

    static JobRunStore runs() {
        return new JobRunStore(TestNeo4j.driver(), CYPHER);
    }

    static Neo4jIngestLedger ledger() {
        return new Neo4jIngestLedger(TestNeo4j.driver(), CYPHER);
    }

    static Neo4jGraphReader reader() {
        return new Neo4jGraphReader(TestNeo4j.driver(), CYPHER);
    }

    static Neo4jGraphWriter writer() {
        return new Neo4jGraphWriter(TestNeo4j.driver(), CYPHER, 50, Clock.systemUTC());
    }

    static IngestPipeline pipeline() {
        return pipeline(new RuleExtractor());
    }

    static IngestPipeline pipeline(Extractor extractor) {
        return new IngestPipeline(PaperSources.standard(SourceProperties.defaults(), GrobidProperties.off()),
                new ExtractorChoice(extractor, null, 2), new TextGrounder(), new CanonicalResolver(AliasDirectory.withCuratedAliases()), writer(), ledger(),
                PipelineProperties.defaults(), Clock.systemUTC());
    }
}
