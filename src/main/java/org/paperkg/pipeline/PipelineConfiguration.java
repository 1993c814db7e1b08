package org.paperkg.pipeline;

import java.time.Clock;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.FullTextExtractor;
import org.paperkg.extract.LlmExtractor;
import org.paperkg.extract.LlmProperties;
import org.paperkg.extract.OfflineExtractor;
import org.paperkg.extract.OfflineProperties;
import org.paperkg.graph.GraphReader;
import org.paperkg.graph.GraphWriter;
import org.paperkg.graph.IngestLedger;
import org.paperkg.ground.Grounder;
import org.paperkg.ground.TextGrounder;
import org.paperkg.resolve.AliasDirectory;
import org.paperkg.resolve.Resolver;
import org.paperkg.source.PaperSources;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the extractor (the LLM one when a server is configured, else the offline one) and wires the
 * stages into the ingest pipeline.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PipelineProperties.class, OfflineProperties.class})
public class PipelineConfiguration {

    /** The offline extractor (v1 models plus rules by default): the embedded default and the LLM's stand-in. */
    @Bean
    OfflineExtractor offlineExtractor(OfflineProperties props) {
        return new OfflineExtractor(props);
    }

    @Bean
    Grounder grounder() {
        return new TextGrounder();
    }

    @Bean
    ExtractorChoice extractorChoice(OfflineExtractor offline, ObjectProvider<LlmExtractor> llm,
            ObjectProvider<FullTextExtractor> fullText, ObjectProvider<LlmProperties> llmProps,
            PipelineProperties props) {
        Extractor remote = props.fullText() ? fullText.getIfAvailable() : llm.getIfAvailable();
        Extractor primary = remote != null ? remote : offline;
        Extractor fallback = remote != null && props.offlineFallback() ? offline : null;
        int concurrency = props.concurrency() > 0 ? props.concurrency()
                : remote != null ? llmProps.getObject().maxInFlight()
                : Runtime.getRuntime().availableProcessors();
        return new ExtractorChoice(primary, fallback, concurrency);
    }

    @Bean(destroyMethod = "close")
    IngestPipeline ingestPipeline(PaperSources sources, ExtractorChoice extractors, Grounder grounder,
            Resolver resolver, AliasDirectory aliases, GraphReader graph, GraphWriter writer, IngestLedger ledger,
            PipelineProperties props) {
        // names stored by earlier runs resolve to the keys they were stored under
        aliases.load(graph.entities());
        return new IngestPipeline(sources, extractors, grounder, resolver, writer, ledger, props, Clock.systemUTC());
    }
}
