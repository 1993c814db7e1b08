package org.paperkg.extract;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The LLM extractor's beans. {@link LlmProperties} always binds; the client, extractors and
 * comparer exist only when {@code paperkg.llm.base-urls} names a server, so that without one the
 * application runs on the offline extractor.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LlmProperties.class)
public class LlmConfiguration {

    /** The beans that need a server. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(LlmEnabledCondition.class)
    static class Enabled {

        @Bean(destroyMethod = "close")
        OpenAiChatClient openAiChatClient(LlmProperties props) {
            return new OpenAiChatClient(props);
        }

        @Bean(destroyMethod = "close")
        TokenizerTokenCounter qwen3TokenCounter() {
            return TokenizerTokenCounter.qwen3();
        }

        @Bean
        ExtractionCache llmExtractionCache(LlmProperties props, ObjectProvider<ExtractionSchema> schema) {
            return new ExtractionCacheOnDisk(props.cacheDir().resolve("llm"), schema.getIfAvailable(ExtractionSchema::load));
        }

        @Bean
        LlmExtractor llmExtractor(LlmProperties props, OpenAiChatClient client, ExtractionCache llmExtractionCache,
                TokenizerTokenCounter tokens, ObjectProvider<ExtractionSchema> schema) {
            return new LlmExtractor(props, client, PromptTemplates.extraction(),
                    schema.getIfAvailable(ExtractionSchema::load), llmExtractionCache, tokens);
        }

        @Bean
        FullTextExtractor fullTextExtractor(LlmProperties props, OpenAiChatClient client, ExtractionCache llmExtractionCache,
                TokenizerTokenCounter tokens, ObjectProvider<ExtractionSchema> schema) {
            return new FullTextExtractor(props, client, PromptTemplates.extraction(),
                    schema.getIfAvailable(ExtractionSchema::load), llmExtractionCache, tokens);
        }

        @Bean
        MethodComparer methodComparer(LlmProperties props, OpenAiChatClient client, TokenizerTokenCounter tokens) {
            return new MethodComparer(props, client, PromptTemplates.comparison(), tokens);
        }
    }
}
