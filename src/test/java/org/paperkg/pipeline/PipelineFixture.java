package org.paperkg.pipeline;

import java.time.Clock;
import org.neo4j.driver.Driver;
import org.paperkg.extract.RuleExtractor;
import org.paperkg.graph.CypherCatalog;
import org.paperkg.graph.Neo4jGraphReader;
import org.paperkg.graph.Neo4jGraphWriter;
import org.paperkg.graph.Neo4jIngestLedger;
import org.paperkg.graph.TestNeo4j;
import org.paperkg.ground.TextGrounder;
import org.paperkg.resolve.AliasDirectory;
import org.paperkg.resolve.CanonicalResolver;
import org.paperkg.source.GrobidProperties;
import org.paperkg.source.PaperSources;
import org.paperkg.source.SourceProperties;

/** The real pipeline on the shared test Neo4j: PDFBox, the offline extractor, the real writer and ledger. */
final class PipelineFixture {

    static final CypherCatalog CYPHER = new CypherCatalog();

    private PipelineFixture() {
    }

    static IngestPipeline pipeline() {
        return pipeline(PipelineProperties.defaults());
    }

    static IngestPipeline pipeline(PipelineProperties props) {
        return pipeline(TestNeo4j.driver(), PaperSources.standard(SourceProperties.defaults(), GrobidProperties.off()),
                new ExtractorChoice(new RuleExtractor(), null, 2), props);
    }

    /** The real stages with these sources and extractors, writing through this driver. */
    static IngestPipeline pipeline(Driver driver, PaperSources sources, ExtractorChoice extractors,
            PipelineProperties props) {
        return new IngestPipeline(sources, extractors, new TextGrounder(), resolver(driver),
                new Neo4jGraphWriter(driver, CYPHER, 50, Clock.systemUTC()), new Neo4jIngestLedger(driver, CYPHER), props,
                Clock.systemUTC());
    }

    /** Pipeline settings with this batch size, the rest default. */
    static PipelineProperties batchSize(int n) {
        PipelineProperties d = PipelineProperties.defaults();
        return new PipelineProperties(d.maxFileSize(), d.concurrency(), n, d.offlineFallback(), d.fullText());
    }

    /** The canonical resolver with the curated aliases and whatever the graph already holds. */
    static CanonicalResolver resolver() {
        return resolver(TestNeo4j.driver());
    }

    static CanonicalResolver resolver(Driver driver) {
        AliasDirectory aliases = AliasDirectory.withCuratedAliases();
        aliases.load(new Neo4jGraphReader(driver, CYPHER).entities());
        return new CanonicalResolver(aliases);
    }

    static Neo4jGraphReader reader() {
        return new Neo4jGraphReader(TestNeo4j.driver(), CYPHER);
    }

    /** Forgets every input, so the next ingest writes everything again. */
    static void forgetLedger() {
        TestNeo4j.number("MATCH (r:IngestRecord) DETACH DELETE r RETURN count(*)", java.util.Map.of());
    }
}
