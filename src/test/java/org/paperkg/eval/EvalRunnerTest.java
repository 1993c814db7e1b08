package org.paperkg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.ExtractionException;
import org.paperkg.extract.ExtractionResult;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.ExtractorInfo;
import org.paperkg.extract.MethodMention;
import org.paperkg.extract.MethodRole;
import org.paperkg.extract.SentenceRole;
import org.paperkg.extract.SentenceRoleClassifier;
import org.paperkg.extract.Summary;
import org.paperkg.extract.TaskMention;
import org.paperkg.extract.DatasetMention;
import org.paperkg.ground.TextGrounder;
import org.paperkg.source.Paper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvalRunnerTest {

    /** Names the same things in every paper, one of them made up; fails on papers whose id says so. */
    static class FixedExtractor implements Extractor {
        @Override
        public ExtractorInfo info() {
            return new ExtractorInfo("fixed", "none", "1");
        }

        @Override
        public ExtractionResult extract(Paper paper) throws ExtractionException {
            if (paper.id().endsWith(":t2") && paper.abstractText().contains("FAIL")) {
                throw new ExtractionException("told to fail", false);
            }
            Extraction e = new Extraction(Summary.EMPTY,
                    List.of(new TaskMention("link prediction", "x"), new TaskMention("made-up task", "x")),
                    List.of(new MethodMention("graph neural network", "GNN", MethodRole.PROPOSED, List.of(), List.of(), "x")),
                    List.of(new DatasetMention("Cora", null, "x")), List.of());
            return new ExtractionResult(e, info());
        }
    }

    /** Also labels sentences: background first, result for the rest. */
    static final class FixedClassifier extends FixedExtractor implements SentenceRoleClassifier {
        @Override
        public List<SentenceRole> classify(List<String> sentences, String lang) {
            return java.util.stream.IntStream.range(0, sentences.size())
                    .mapToObj(i -> i == 0 ? SentenceRole.BACKGROUND : SentenceRole.RESULT).toList();
        }
    }

    private final EvalRunner runner = new EvalRunner(new TextGrounder());

    private static TypeScore type(DatasetReport d, String type) {
        return d.types().stream().filter(t -> t.type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void scoresNamesLocatedInTheTextCountingMadeUpOnesAgainstPrecision() {
        EvalReport r = runner.run(new FixedExtractor(), List.of(GoldDatasets.load(EvalFixtures.gold(), "scierc", Split.DEV)),
                EvalOptions.defaults());
        DatasetReport d = r.datasets().get(0);
        assertThat(d.docs()).isEqualTo(2);
        assertThat(d.failures()).isZero();
        // METHOD: the long form once and the acronym twice in t1, all exact; two unlocated names in t2
        assertThat(type(d, "METHOD").strict()).extracting(Prf::matched, Prf::predicted, Prf::gold).containsExactly(3, 5, 4);
        assertThat(type(d, "TASK").strict()).extracting(Prf::matched, Prf::predicted, Prf::gold).containsExactly(1, 4, 2);
        assertThat(type(d, "DATASET").lenient().recall()).isEqualTo(1.0);
        assertThat(type(d, "METRIC").strict()).extracting(Prf::matched, Prf::predicted, Prf::gold).containsExactly(0, 0, 2);
        assertThat(type(d, "ALL").strict()).extracting(Prf::matched, Prf::predicted, Prf::gold).containsExactly(5, 11, 9);
        // grounding keeps t1's task, method and dataset, nothing of t2's (8 items in all)
        assertThat(d.items()).isEqualTo(8);
        assertThat(d.groundingKept()).isCloseTo(3 / 8.0, within(1e-9));
        assertThat(d.docsPerSecond()).isPositive();
    }

    @Test
    void rolesComeFromTheClassifierWhenTheExtractorIsOneElseFromTheSummary() {
        List<Dataset> cs = List.of(GoldDatasets.load(EvalFixtures.gold(), "csabstruct", Split.DEV));
        RoleScore fromSummary = runner.run(new FixedExtractor(), cs, EvalOptions.defaults()).datasets().get(0).roles();
        assertThat(fromSummary.accuracy()).isCloseTo(1 / 5.0, within(1e-9)); // all background: right once in five
        RoleScore classified = runner.run(new FixedClassifier(), cs, EvalOptions.defaults()).datasets().get(0).roles();
        assertThat(classified.accuracy()).isCloseTo(2 / 5.0, within(1e-9)); // the first background, the last result
        assertThat(classified.f1ByRole()).containsEntry("result", 0.5);
    }

    @Test
    void aFailedDocumentCountsAsExtractingNothingAndThreadsDoNotChangeScores(@TempDir Path dir) throws Exception {
        Path gold = EvalFixtures.copy(dir);
        Files.writeString(gold.resolve("scierc/dev.json"), Files.readString(gold.resolve("scierc/dev.json"))
                .replace("\"Speech\"", "\"FAIL\""));
        List<Dataset> d = List.of(GoldDatasets.load(gold, "scierc", Split.DEV));
        DatasetReport one = runner.run(new FixedExtractor(), d, new EvalOptions(1, 0, 0)).datasets().get(0);
        DatasetReport four = runner.run(new FixedExtractor(), d, new EvalOptions(4, 0, 0)).datasets().get(0);
        assertThat(one.failures()).isEqualTo(1);
        assertThat(type(one, "ALL").strict()).extracting(Prf::matched, Prf::predicted, Prf::gold).containsExactly(5, 6, 9);
        assertThat(four.types()).isEqualTo(one.types());
    }

    @Test
    void limitTakesTheFirstDocuments() {
        List<Dataset> d = List.of(GoldDatasets.load(EvalFixtures.gold(), "scierc", Split.DEV));
        assertThat(runner.run(new FixedExtractor(), d, new EvalOptions(1, 1, 0)).datasets().get(0).docs()).isEqualTo(1);
    }

    @Test
    void writesMarkdownJsonAndASideBySideComparison(@TempDir Path out) throws Exception {
        List<Dataset> d = GoldDatasets.load(EvalFixtures.gold(), List.of("scierc", "csabstruct"), Split.DEV);
        EvalReport a = runner.run(new FixedExtractor(), d, EvalOptions.defaults());
        EvalReport b = runner.run(new org.paperkg.extract.RuleExtractor(), d, EvalOptions.defaults());
        List<Path> files = ReportWriter.write(List.of(a, b), out);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("eval-fixed.md", "eval-fixed.json",
                "eval-offline-rules.md", "eval-offline-rules.json", "eval-comparison.md");
        String md = Files.readString(out.resolve("eval-fixed.md"));
        assertThat(md).contains("| scierc | METHOD | 4 | 5 | 0.600 | 0.750 | 0.667 |");
        assertThat(md).contains("| csabstruct | 5 | 0.200 |");
        JsonNode json = JsonMapper.builder().build().readTree(out.resolve("eval-fixed.json").toFile());
        assertThat(json.at("/datasets/0/types/0/strict/gold").asInt()).isEqualTo(2);
        assertThat(json.at("/extractor/extractor").asString()).isEqualTo("fixed");
        String cmp = Files.readString(out.resolve("eval-comparison.md"));
        assertThat(cmp).contains("| dataset | type | fixed | offline-rules |").contains("| scierc | METHOD | 0.667 / 0.667 |");
    }
}
