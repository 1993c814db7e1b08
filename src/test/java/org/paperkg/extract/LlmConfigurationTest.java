package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

@ExtendWith(LlmTestTmpDir.class)
class LlmConfigurationTest {

    @TempDir
    Path cacheDir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(LlmConfiguration.class);

    @Test
    void withoutAServerOnlyTheSettingsExist() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(LlmProperties.class);
            assertThat(ctx).doesNotHaveBean(OpenAiChatClient.class).doesNotHaveBean(LlmExtractor.class)
                    .doesNotHaveBean(MethodComparer.class);
        });
    }

    @Test
    void aServerListInEitherFormWiresClientExtractorsAndComparer() {
        runner.withPropertyValues("paperkg.llm.base-urls[0]=http://127.0.0.1:9/v1",
                        "paperkg.llm.cache-dir=" + cacheDir, "paperkg.llm.api-key=sk-secret")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed().hasSingleBean(OpenAiChatClient.class)
                            .hasSingleBean(LlmExtractor.class).hasSingleBean(FullTextExtractor.class)
                            .hasSingleBean(MethodComparer.class).hasSingleBean(ExtractionCache.class);
                    LlmExtractor llm = ctx.getBean(LlmExtractor.class);
                    assertThat(llm.info().extractor()).isEqualTo("llm");
                    assertThat(llm.info().promptVersion()).isEqualTo(PromptTemplates.extraction().version());
                });
        runner.withPropertyValues("paperkg.llm.base-urls=http://127.0.0.1:9,http://127.0.0.1:10",
                        "paperkg.llm.cache-dir=" + cacheDir)
                .run(ctx -> assertThat(ctx.getBean(LlmProperties.class).baseUrls()).hasSize(2));
        runner.withPropertyValues("paperkg.llm.base-urls=")
                .run(ctx -> assertThat(ctx).doesNotHaveBean(OpenAiChatClient.class));
    }
}
