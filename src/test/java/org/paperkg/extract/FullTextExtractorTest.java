package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.source.Paper;
import org.paperkg.source.Section;
import tools.jackson.databind.JsonNode;

@ExtendWith(LlmTestTmpDir.class)
class FullTextExtractorTest {

    static final ExtractionSchema SCHEMA = ExtractionSchema.load();
    static final PromptTemplates PROMPTS = PromptTemplates.extraction();
    private static final Pattern PART = Pattern.compile("this is part (\\d+)\\.");

    @TempDir
    Path cacheDir;
    @RegisterExtension
    final LlmMockServer llm = new LlmMockServer();
    private final MockWebServer server = llm.server;
    private final List<String> userMessages = new ArrayList<>();

    /** The synthetic full-text paper in fulltext/paper.json. */
    static Paper paper() {
        JsonNode p = LlmTestSupport.JSON.readTree(LlmTestSupport.fixture("fulltext/paper.json"));
        List<Section> sections = p.path("sections").valueStream()
                .map(s -> new Section(s.path("heading").asString(), s.path("text").asString())).toList();
        return new Paper("sha256:gat-dta", p.path("title").asString(), p.path("abstract").asString(), List.of(), 2026,
                null, null, null, null, "en", List.of(), sections, List.of(), "tei");
    }

    @BeforeEach
    void answerByPart() {
        // the model's answer depends on which part it is shown, as a real server's would
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String user = LlmTestSupport.messages(request).get(1);
                synchronized (userMessages) {
                    userMessages.add(user);
                }
                Matcher m = PART.matcher(user);
                String fixture = m.find() ? "fulltext/part-" + m.group(1) + ".json" : "not-json.json";
                return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                        .body(LlmTestSupport.fixture(fixture)).build();
            }
        });
    }

    private FullTextExtractor extractor(String... settings) {
        LlmProperties props = llm.props(settings);
        return new FullTextExtractor(props, llm.client(props), PROMPTS, SCHEMA, new ExtractionCacheOnDisk(cacheDir, SCHEMA),
                LlmTestSupport.tokens());
    }

    @Test
    void slidesOverTheSectionsCarryingTheRunningSummaryAndMergesTheParts() throws Exception {
        FullTextExtractor extractor = extractor("full-text-chunk-tokens", "256");

        ExtractionResult r = extractor.extract(paper());

        assertThat(server.getRequestCount()).isEqualTo(3); // see FullTextChunkerTest for the sizes
        assertThat(userMessages.get(0)).contains("this is part 1.", "GAT-DTA: Graph Attention", "## Introduction")
                .doesNotContain("## Method");
        assertThat(userMessages.get(1)).contains("this is part 2.", "## Method", "\"name\":\"KIBA\"")
                .doesNotContain("## Introduction", "## Experiments");
        assertThat(userMessages.get(2)).contains("this is part 3.", "## Experiments", "\"extends\":[\"graph attention networks\",\"GraphDTA\"]")
                .contains("\"name\":\"Drug-Target Affinity Prediction\"");
        assertThat(r.info()).isEqualTo(new ExtractorInfo("llm-fulltext", "Qwen/Qwen3-8B", PROMPTS.version()));

        Extraction e = r.extraction();
        // the task and KIBA survive part 2, where the model forgot them
        assertThat(e.tasks()).extracting(TaskMention::name).containsExactly("Drug-Target Affinity Prediction");
        assertThat(e.datasets()).extracting(DatasetMention::name, DatasetMention::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Davis", DatasetRole.USED),
                org.assertj.core.groups.Tuple.tuple("KIBA", DatasetRole.USED),
                org.assertj.core.groups.Tuple.tuple("DTA-Split", DatasetRole.INTRODUCED));
        // "deepdta" in part 2 is the same method as "DeepDTA": one entry, its first role kept
        assertThat(e.methods()).extracting(MethodMention::name).containsExactly("GAT-DTA", "graph attention networks",
                "DeepDTA", "GraphDTA", "convolutional neural networks", "graph neural networks");
        assertThat(e.methods().get(2).role()).isEqualTo(MethodRole.BASELINE);
        MethodMention gatDta = e.methods().get(0);
        assertThat(gatDta.extendsMethods()).containsExactly("graph attention networks", "GraphDTA");
        assertThat(gatDta.improvesOn()).containsExactly("DeepDTA", "GraphDTA");
        assertThat(e.results()).extracting(ResultMention::metric, ResultMention::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MSE", "0.232"), org.assertj.core.groups.Tuple.tuple("CI", "0.901"));
        assertThat(e.summary().dataContribution()).contains("DTA-Split");
        assertThat(SCHEMA.validate(SCHEMA.toJson(e))).isEmpty();

        // unchanged text: answered from the cache
        assertThat(extractor.extract(paper()).extraction()).isEqualTo(e);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aPaperThatFitsTheBudgetGoesInOneCall() throws Exception {
        FullTextExtractor extractor = extractor();
        extractor.extract(paper());
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(userMessages.get(0)).contains("this is part 1.", "## Introduction", "## Method", "## Experiments");
    }
}
