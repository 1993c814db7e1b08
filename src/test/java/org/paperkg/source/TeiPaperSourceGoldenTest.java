package org.paperkg.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every Grobid TEI fixture against its {@code .expected.json} summary beside it. The summaries were
 * checked by eye against the XML; run with {@code -Dgolden.write=true} to rewrite them after a
 * deliberate change, then review the diff.
 */
class TeiPaperSourceGoldenTest {

    private static final String DIR = "fixtures/grobid/tei";

    static List<Path> fixtures() {
        return Fixtures.files(DIR, ".tei.xml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void matchesGoldenSummary(Path tei) throws Exception {
        List<SourceItem> items = new TeiPaperSource().read(Fixtures.input(tei));

        assertThat(items).hasSize(1);
        assertThat(items.get(0).ok()).isTrue();
        JsonNode actual = PaperSummary.of(items.get(0).paper());
        String expectedName = tei.getFileName().toString().replace(".tei.xml", ".expected.json");
        if (Boolean.getBoolean("golden.write")) {
            Path source = Path.of("src/test/resources", DIR, expectedName);
            Files.writeString(source, PaperSummary.JSON.writeValueAsString(actual) + "\n");
        }
        Path expected = tei.resolveSibling(expectedName);
        assertThat(expected).as("golden file beside the fixture").exists();
        assertThat(actual).isEqualTo(PaperSummary.JSON.readTree(Files.readString(expected)));
    }
}
