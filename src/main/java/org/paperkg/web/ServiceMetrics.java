package org.paperkg.web;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.TimeUnit;
import org.paperkg.extract.LlmExtractor;
import org.paperkg.extract.OpenAiChatClient;
import org.paperkg.pipeline.ExtractorChoice;
import org.paperkg.source.GrobidClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's Micrometer metrics beyond ingest outcomes and job runs: extraction latency (every
 * extractor call timed), LLM tokens in and out and extraction-cache hits (read from the LLM client and
 * extractor when a server is configured), and Grobid request latency (when Grobid is configured).
 */
@Configuration(proxyBeanMethods = false)
class ServiceMetrics {

    /** Wraps the chosen extractors so each call is timed; the registry is looked up at the first call. */
    @Bean
    static BeanPostProcessor timedExtractors(ObjectProvider<MeterRegistry> meters) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof ExtractorChoice c && !(c.primary() instanceof TimedExtractor)) {
                    return new ExtractorChoice(new TimedExtractor(c.primary(), meters::getObject),
                            c.fallback() == null ? null : new TimedExtractor(c.fallback(), meters::getObject),
                            c.concurrency());
                }
                return bean;
            }
        };
    }

    @Bean
    MeterBinder peerMetrics(ObjectProvider<OpenAiChatClient> llm, ObjectProvider<LlmExtractor> extractor,
            ObjectProvider<GrobidClient> grobid) {
        return registry -> {
            OpenAiChatClient client = llm.getIfAvailable();
            if (client != null) {
                FunctionCounter.builder("paperkg.llm.tokens", client, OpenAiChatClient::promptTokensTotal)
                        .description("Tokens the LLM server counted").tag("direction", "in").register(registry);
                FunctionCounter.builder("paperkg.llm.tokens", client, OpenAiChatClient::completionTokensTotal)
                        .description("Tokens the LLM server counted").tag("direction", "out").register(registry);
                FunctionCounter.builder("paperkg.llm.completions", client, OpenAiChatClient::completionsTotal)
                        .description("Answers received from the LLM server").register(registry);
            }
            LlmExtractor x = extractor.getIfAvailable();
            if (x != null) {
                FunctionCounter.builder("paperkg.extraction.cache", x, LlmExtractor::cacheHits)
                        .description("Extraction cache lookups").tag("result", "hit").register(registry);
                FunctionCounter.builder("paperkg.extraction.cache", x, LlmExtractor::cacheMisses)
                        .description("Extraction cache lookups").tag("result", "miss").register(registry);
            }
            GrobidClient g = grobid.getIfAvailable();
            if (g != null) {
                FunctionTimer.builder("paperkg.grobid.requests", g, GrobidClient::requestsAnswered,
                        GrobidClient::requestNanos, TimeUnit.NANOSECONDS)
                        .description("Grobid requests answered, upload to last byte").register(registry);
            }
        };
    }
}
