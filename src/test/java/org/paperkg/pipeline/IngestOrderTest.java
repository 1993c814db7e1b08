package org.paperkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.graph.CypherCatalog;
import org.paperkg.graph.GraphDerivation;
import org.paperkg.graph.TestNeo4j;

/**
 * The demo corpus gives one graph whatever the order it arrives in, and the same graph again when it is
 * written twice or derived again. Compared by keys ({@link GraphSnapshot}). The first test works on the
 * graph the forward ingest left, the second replaces it: hence the fixed order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestOrderTest {

    private static final Path SAMPLES = Path.of("samples", "papers");
    private static GraphSnapshot forward;

    @BeforeAll
    static void ingestForward() {
        TestNeo4j.clean();
        try (IngestPipeline pipeline = PipelineFixture.canonical()) {
            pipeline.ingest(List.of(SAMPLES), IngestListener.NONE);
        }
        forward = GraphSnapshot.take();
    }

    @AfterAll
    static void cleanUp() {
        TestNeo4j.clean();
    }

    @Test
    @Order(1)
    void writingEverythingAgainAndDerivingAgainChangesNothing() {
        PipelineFixture.forgetLedger();
        try (IngestPipeline pipeline = PipelineFixture.canonical()) {
            pipeline.ingest(List.of(SAMPLES), IngestListener.NONE);
        }
        assertThat(forward.differences(GraphSnapshot.take())).as("after a second write").isEmpty();

        new GraphDerivation(TestNeo4j.driver(), new CypherCatalog()).run(null);

        assertThat(forward.differences(GraphSnapshot.take())).as("after deriving everything again").isEmpty();
    }

    @Test
    @Order(2)
    void filesAndRecordsInReverseOrderGiveTheSameGraph(@TempDir Path reversed) throws IOException {
        List<Path> files = reversedCopies(reversed);
        TestNeo4j.clean();

        try (IngestPipeline pipeline = PipelineFixture.canonical()) {
            for (Path file : files) {
                pipeline.ingest(List.of(file), IngestListener.NONE);
            }
        }

        assertThat(forward.differences(GraphSnapshot.take())).isEmpty();
    }

    /** The sample files in reverse order, each JSON Lines file with its records in reverse order. */
    private static List<Path> reversedCopies(Path into) throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(SAMPLES)) {
            sources = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<Path> copies = new ArrayList<>();
        for (Path source : sources) {
            Path copy = into.resolve(SAMPLES.relativize(source).toString().replace('/', '_'));
            if (source.toString().endsWith(".jsonl")) {
                List<String> lines = new ArrayList<>(Files.readAllLines(source, StandardCharsets.UTF_8));
                Collections.reverse(lines);
                Files.write(copy, lines, StandardCharsets.UTF_8);
            } else {
                Files.copy(source, copy);
            }
            copies.add(copy);
        }
        Collections.reverse(copies);
        return copies;
    }
}
