package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.eval.EvalFixtures;
import org.paperkg.extract.LlmExtractor;
import org.paperkg.extract.LlmProperties;
import org.paperkg.ground.Grounder;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code eval} and {@code train} commands on the tiny hand-made gold folder: reports written as
 * Markdown and JSON, usage errors, and weights that {@code train} writes scored by {@code eval --models}.
 */
class EvalTrainCommandTest {

    private final StaticListableBeanFactory none = new StaticListableBeanFactory();
    private final ExtractorCatalog catalog = new ExtractorCatalog(none.getBeanProvider(LlmExtractor.class),
            none.getBeanProvider(LlmProperties.class));
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @AfterEach
    void close() {
        catalog.destroy();
    }

    /** Runs a command with System.out and System.err captured (the commands print there). */
    private int run(Object command, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            return new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private EvalCommand eval() {
        return new EvalCommand(catalog, none.getBeanProvider(Grounder.class));
    }

    @Test
    void evalWritesMarkdownAndJsonForEachExtractorAndACommonTable(@TempDir Path out) throws Exception {
        int status = run(eval(), "--gold", EvalFixtures.gold().toString(), "--extractor", "rules,offline-v1",
                "--datasets", "scierc,csabstruct", "--out", out.toString());

        assertThat(status).isZero();
        assertThat(out.resolve("eval-offline-rules.md")).exists();
        assertThat(out.resolve("eval-offline-v1.md")).exists();
        String comparison = Files.readString(out.resolve("eval-comparison.md"));
        assertThat(comparison).contains("| scierc | ALL |", "| csabstruct |", "offline-rules", "offline-v1");
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("# Extractors compared", "wrote ");
        JsonNode json = JsonMapper.builder().build().readTree(out.resolve("eval-offline-v1.json").toFile());
        assertThat(json.toString()).contains("\"scierc\"", "\"csabstruct\"", "macroF1", "lenient");
    }

    @Test
    void evalRefusesUnknownDatasetsExtractorsAndAMissingGoldFolder(@TempDir Path out) {
        String gold = EvalFixtures.gold().toString();

        assertThat(run(eval(), "--gold", out.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(run(eval(), "--gold", gold, "--datasets", "pubmed", "--out", out.toString())).isEqualTo(2);
        assertThat(run(eval(), "--gold", gold, "--extractor", "gpt", "--out", out.toString())).isEqualTo(2);
        assertThat(run(eval(), "--gold", gold, "--extractor", "llm", "--out", out.toString())).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("nowhere", "pubmed", "unknown extractor",
                "no LLM server configured");
    }

    @Test
    void trainWritesModelsThatEvalScores(@TempDir Path dir) throws Exception {
        Path models = dir.resolve("models");

        int trained = run(new TrainCommand(), "--gold", EvalFixtures.gold().toString(), "--out", models.toString());
        int scored = run(eval(), "--gold", EvalFixtures.gold().toString(), "--extractor", "offline-v1",
                "--models", models.toString(), "--datasets", "scierc,csabstruct", "--out", dir.resolve("eval").toString());

        assertThat(trained).isZero();
        assertThat(models.resolve("tagger-en/config.json")).exists();
        assertThat(models.resolve("roles-en/roles-en-0000.params")).exists();
        assertThat(scored).isZero();
        assertThat(Files.readString(dir.resolve("eval/eval-offline-v1.md"))).contains("tagger-en@", "roles-en@");
    }

    @Test
    void trainRefusesAGoldFolderWithoutTrainingData(@TempDir Path dir) {
        assertThat(run(new TrainCommand(), "--gold", dir.resolve("none").toString())).isEqualTo(2);
        assertThat(run(new TrainCommand(), "--gold", dir.toString(), "--out", dir.resolve("m").toString())).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("train: --gold", "train: ");
    }
}
