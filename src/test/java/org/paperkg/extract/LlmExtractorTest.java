package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paperkg.extract.LlmTestSupport.body;
import static org.paperkg.extract.LlmTestSupport.completion;
import static org.paperkg.extract.LlmTestSupport.json;
import static org.paperkg.extract.LlmTestSupport.messages;
import static org.paperkg.extract.LlmTestSupport.props;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperkg.source.Paper;

@ExtendWith(LlmTestTmpDir.class)
class LlmExtractorTest {

    static final ExtractionSchema SCHEMA = ExtractionSchema.load();
    static final PromptTemplates PROMPTS = PromptTemplates.extraction();

    @TempDir
    Path cacheDir;
    @RegisterExtension
    final LlmMockServer llm = new LlmMockServer();
    private final MockWebServer server = llm.server;

    private LlmExtractor extractor(String... settings) {
        return extractor(PROMPTS, settings);
    }

    private LlmExtractor extractor(PromptTemplates prompts, String... settings) {
        LlmProperties props = llm.props(settings);
        return new LlmExtractor(props, llm.client(props), prompts, SCHEMA, new ExtractionCacheOnDisk(cacheDir, SCHEMA),
                LlmTestSupport.tokens());
    }

    /** The extraction the seed fixture's content holds, read straight from the fixture. */
    static Extraction seedExpected() {
        String content = LlmTestSupport.JSON.readTree(LlmTestSupport.fixture("seed-zh.json"))
                .path("choices").path(0).path("message").path("content").asString();
        return SCHEMA.fromJson(content);
    }

    @Test
    void wellFormedAnswerOnAnEnglishAbstract() throws Exception {
        LlmExtractor extractor = extractor();
        server.enqueue(completion("well-formed.json"));

        ExtractionResult r = extractor.extract(LlmTestSupport.gcn());

        assertThat(r.info()).isEqualTo(new ExtractorInfo("llm", "Qwen/Qwen3-8B", PROMPTS.version()));
        assertThat(r.extraction().methods()).extracting(MethodMention::name)
                .containsExactly("Graph Convolutional Networks", "convolutional neural networks", "spectral graph convolutions");
        assertThat(r.extraction().methods().get(0).role()).isEqualTo(MethodRole.PROPOSED);
        RecordedRequest request = server.takeRequest();
        List<String> messages = messages(request);
        assertThat(messages.get(0)).isEqualTo(PROMPTS.system());
        assertThat(messages.get(1)).contains("<paper>\nSemi-Supervised Classification with Graph Convolutional Networks\nWe present")
                .contains("by a significant margin.\n</paper>")
                .contains("Answer with the JSON object only.");
        assertThat(body(request).path("response_format").path("json_schema").path("name").asString())
                .isEqualTo("paper_extraction");
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-zh.json", "thinking-leaked.json", "reasoning-only.json", "full-width.json"})
    void chineseAbstractInEveryShapeTheServerMaySendIt(String fixture) throws Exception {
        LlmExtractor extractor = extractor();
        server.enqueue(completion(fixture));

        ExtractionResult r = extractor.extract(LlmTestSupport.seed());

        assertThat(r.extraction()).isEqualTo(seedExpected());
        assertThat(r.extraction().datasets()).extracting(DatasetMention::name, DatasetMention::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DrugInteract-v1", DatasetRole.INTRODUCED));
        assertThat(messages(server.takeRequest()).get(1)).contains("只输出 JSON 对象。");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void fencedJsonWithProseAround() throws Exception {
        LlmExtractor extractor = extractor();
        server.enqueue(completion("fenced.json"));
        assertThat(extractor.extract(LlmTestSupport.gcn()).extraction().tasks()).extracting(TaskMention::name)
                .containsExactly("semi-supervised learning on graph-structured data");
    }

    @Test
    void cutOffAtLengthIsAskedAgainWithTwiceTheBudget() throws Exception {
        LlmExtractor extractor = extractor("max-tokens", "64");
        server.enqueue(completion("truncated-length.json"));
        server.enqueue(completion("well-formed.json"));

        assertThat(extractor.extract(LlmTestSupport.gcn()).extraction().methods()).hasSize(3);
        assertThat(body(server.takeRequest()).path("max_tokens").asInt()).isEqualTo(64);
        assertThat(body(server.takeRequest()).path("max_tokens").asInt()).isEqualTo(128);
    }

    @Test
    void schemaViolationGetsOneRepairTurnWithTheErrors() throws Exception {
        LlmExtractor extractor = extractor();
        server.enqueue(completion("schema-invalid.json"));
        server.enqueue(completion("well-formed.json"));

        assertThat(extractor.extract(LlmTestSupport.gcn()).extraction().methods()).hasSize(3);
        server.takeRequest();
        List<String> repair = messages(server.takeRequest());
        assertThat(repair).hasSize(4);
        assertThat(repair.get(0)).isEqualTo(PROMPTS.system());
        assertThat(repair.get(2)).contains("\"role\":\"MAIN\"");
        assertThat(repair.get(3)).startsWith("Your previous answer cannot be used:").contains("results").contains("role");
    }

    @Test
    void stillInvalidAfterRepairFailsForGoodWithTheReason() {
        LlmExtractor extractor = extractor();
        server.enqueue(completion("not-json.json"));
        server.enqueue(completion("schema-invalid.json"));

        assertThatThrownBy(() -> extractor.extract(LlmTestSupport.gcn()))
                .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageStartingWith("arxiv:1609.02907: the model gave no valid JSON, even after a repair request")
                .hasMessageContaining("results");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(cacheDir.toFile().list()).isEmpty(); // nothing unvalidated is kept either
    }

    @Test
    void unchangedTextIsNeverSentTwiceEvenAcrossRestartsButANewPromptVersionMisses() throws Exception {
        server.enqueue(completion("well-formed.json"));
        Extraction first = extractor().extract(LlmTestSupport.gcn()).extraction();

        LlmExtractor restarted = extractor(); // a new client and a new cache on the same folder
        ExtractionResult again = restarted.extract(LlmTestSupport.gcn());
        assertThat(again.extraction()).isEqualTo(first);
        assertThat(restarted.cacheHits()).isEqualTo(1);
        assertThat(restarted.cacheMisses()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(1);

        PromptTemplates edited = new PromptTemplates("/prompts/extraction/", List.of("system.md", "user.en.md",
                "user.zh.md", "user.fulltext.en.md", "user.fulltext.zh.md", "/prompts/repair.md",
                "/extract/llm/prompt-addendum.md"), ExtractionSchema.RESOURCE);
        assertThat(edited.version()).isNotEqualTo(PROMPTS.version());
        LlmExtractor newPrompts = extractor(edited);
        server.enqueue(completion("well-formed.json"));
        assertThat(newPrompts.extract(LlmTestSupport.gcn()).info().promptVersion()).isEqualTo(edited.version());
        assertThat(newPrompts.cacheMisses()).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void serverDownLeavesPapersPendingAndEachCompletesExactlyOnceWhenTheServerIsBack() throws Exception {
        int port = server.getPort();
        server.close();
        LlmProperties props = props("http://127.0.0.1:" + port, "retry.max-attempts", "2");
        LlmExtractor extractor = new LlmExtractor(props, llm.client(props), PROMPTS, SCHEMA,
                new ExtractionCacheOnDisk(cacheDir, SCHEMA), LlmTestSupport.tokens());
        List<Paper> papers = List.of(LlmTestSupport.seed(), LlmTestSupport.gcn());

        List<Paper> pending = new ArrayList<>();
        for (Paper p : papers) {
            try {
                extractor.extract(p);
            } catch (ExtractionException e) {
                assertThat(e.retryable()).isTrue();
                pending.add(p);
            }
        }
        assertThat(pending).isEqualTo(papers);

        try (MockWebServer back = new MockWebServer()) {
            back.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    boolean seed = messages(request).get(1).contains("GAT-DTA");
                    return completion(seed ? "seed-zh.json" : "well-formed.json");
                }
            });
            back.start(port);
            for (Paper p : pending) { // the pipeline's retry of pending papers
                assertThat(extractor.extract(p).extraction().methods()).isNotEmpty();
            }
            for (Paper p : papers) { // and a later full re-run
                extractor.extract(p);
            }
            assertThat(back.getRequestCount()).isEqualTo(2); // each paper exactly once, none lost
            assertThat(extractor.extract(LlmTestSupport.seed()).extraction()).isEqualTo(seedExpected());
        }
    }

    @Test
    void promptTooLongForTheContextFailsWithoutACall() {
        LlmExtractor extractor = extractor();
        Paper huge = LlmTestSupport.paper("doi:10.1/huge", "Huge", TokenizerTokenCounterTest.SAMPLE.repeat(500), "en");

        assertThatThrownBy(() -> extractor.extract(huge))
                .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("doi:10.1/huge").hasMessageContaining("use full-text mode");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void contextLengthRejectedByTheServerFailsThePaper() {
        LlmExtractor extractor = extractor();
        server.enqueue(json(400, "error-400-context.json"));
        assertThatThrownBy(() -> extractor.extract(LlmTestSupport.gcn()))
                .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.retryable()).isFalse());
    }

    @Test
    void paperWithoutTextFailsWithoutACall() {
        LlmExtractor extractor = extractor();
        assertThatThrownBy(() -> extractor.extract(LlmTestSupport.paper("pmid:1", " ", "", "en")))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("pmid:1 has neither a title nor an abstract");
        assertThat(server.getRequestCount()).isZero();
    }
}
