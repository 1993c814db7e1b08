package org.paperkg.pipeline;

import java.time.Clock;
import org.paperkg.extract.RuleExtractor;
import org.paperkg.graph.CypherCatalog;
import org.paperkg.graph.Neo4jGraphReader;
import org.paperkg.graph.Neo4jGraphWriter;
import org.paperkg.graph.Neo4jIngestLedger;
import org.paperkg.graph.TestNeo4j;
import org.paperkg.ground.TextGrounder;
import org.paperkg.resolve.AliasDirectory;
import org.paperkg.resolve.BasicResolver;
import org.paperkg.resolve.CanonicalResolver;
import org.paperkg.resolve.Resolver;
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
        return pipeline(props, new BasicResolver());
    }

    /** The pipeline with the canonical resolver, its alias directory starting from the curated aliases. */
    static IngestPipeline canonical() {
        return pipeline(PipelineProperties.defaults(), new CanonicalResolver(AliasDirectory.withCuratedAliases()));
    }

    static IngestPipeline pipeline(PipelineProperties props, Resolver resolver) {
        return new IngestPipeline(PaperSources.standard(SourceProperties.defaults(), GrobidProperties.off()),
                new ExtractorChoice(new RuleExtractor(), null, 2), new TextGrounder(), resolver,
                new Neo4jGraphWriter(TestNeo4j.driver(), CYPHER, 50, Clock.systemUTC()),
                new Neo4jIngestLedger(TestNeo4j.driver(), CYPHER), props, Clock.systemUTC());
    }

    static Neo4jGraphReader reader() {
        return new Neo4jGraphReader(TestNeo4j.driver(), CYPHER);
    }

    /** Forgets every input, so the next ingest writes everything again. */
    static void forgetLedger() {
        TestNeo4j.number("MATCH (r:IngestRecord) DETACH DELETE r RETURN count(*)", java.util.Map.of());
    }
}
