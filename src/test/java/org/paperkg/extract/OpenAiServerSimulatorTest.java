package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ground.TextGrounder;
import org.paperkg.source.Paper;

/** The benchmark's simulator answers like a server, with extractions that pass the schema and grounding. */
@ExtendWith(LlmTestTmpDir.class)
class OpenAiServerSimulatorTest {

    @TempDir
    Path cacheDir;

    @Test
    void answersGroundedExtractionsForEnglishAndChineseAbstracts() throws Exception {
        ExtractionSchema schema = ExtractionSchema.load();
        List<Paper> corpus = LlmCorpus.all();
        List<Paper> sample = List.of(corpus.get(0), LlmCorpus.byId(corpus, "csl:dev-0199"), corpus.get(corpus.size() - 1));
        try (OpenAiServerSimulator sim = new OpenAiServerSimulator(2, 1, 10, 8)) {
            LlmProperties props = LlmTestSupport.props(sim.baseUrl());
            try (OpenAiChatClient client = new OpenAiChatClient(props)) {
                LlmExtractor extractor = new LlmExtractor(props, client, PromptTemplates.extraction(), schema,
                        new ExtractionCacheOnDisk(cacheDir, schema), LlmTestSupport.tokens());
                for (Paper p : sample) {
                    ExtractionResult r = extractor.extract(p);
                    assertThat(r.extraction().methods()).hasSize(1);
                    assertThat(new TextGrounder().ground(p, r).dropped()).as(p.id()).isEmpty();
                }
            }
            assertThat(sim.requests()).isEqualTo(3);
            assertThat(sim.capacityPerSecond()).isPositive();
        }
    }
}
