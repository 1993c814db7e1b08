package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(LlmTestTmpDir.class)
class ExtractionCacheOnDiskTest {

    static final ExtractionSchema SCHEMA = ExtractionSchema.load();
    static final Extraction E = new Extraction(new Summary("p", "m", "r", ""),
            List.of(new TaskMention("link prediction", "We study link prediction.")),
            List.of(MethodMention.of("GAT", MethodRole.PROPOSED, "We propose GAT.")), List.of(), List.of());

    @TempDir
    Path dir;

    private static String key(String text) {
        return ExtractionCache.key("abstract", text, "Qwen/Qwen3-8B", "abc123", "paper-kg/extraction/v1");
    }

    @Test
    void survivesARestartAndCountsHitsAndMisses() {
        String k = key("We propose GAT.");
        ExtractionCache cache = new ExtractionCacheOnDisk(dir, SCHEMA);
        assertThat(cache.get(k)).isEmpty();
        cache.put(k, E);
        assertThat(cache.get(k)).contains(E);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(1);

        ExtractionCache reopened = new ExtractionCacheOnDisk(dir, SCHEMA);
        assertThat(reopened.get(k)).contains(E);
        assertThat(reopened.hits()).isEqualTo(1);
        assertThat(reopened.misses()).isZero();
    }

    @Test
    void writesAtomicallyLeavingNoTemporaryFiles() throws Exception {
        ExtractionCache cache = new ExtractionCacheOnDisk(dir, SCHEMA);
        String k = key("x");
        cache.put(k, E);
        cache.put(k, Extraction.EMPTY); // overwrite in place
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()))
                    .containsExactly(k.substring(0, 2) + "/" + k + ".json");
        }
        assertThat(cache.get(k)).contains(Extraction.EMPTY);
    }

    @Test
    void aDamagedEntryIsAMissNeverAnAnswer() throws Exception {
        ExtractionCache cache = new ExtractionCacheOnDisk(dir, SCHEMA);
        String k = key("y");
        cache.put(k, E);
        Path file = dir.resolve(k.substring(0, 2)).resolve(k + ".json");
        Files.writeString(file, "{\"summary\": {\"researchProblem\": \"cut off");
        assertThat(cache.get(k)).isEmpty();
        Files.writeString(file, "{\"methods\": []}"); // JSON, but not a valid extraction
        assertThat(cache.get(k)).isEmpty();
        assertThat(cache.misses()).isEqualTo(2);
    }

    @Test
    void keyChangesWithModelPromptSchemaModeAndTextButNotWithWhitespace() {
        String base = key("We propose  GAT.\n");
        assertThat(key(" We propose GAT. ")).isEqualTo(base);
        assertThat(key("We propose GAT!")).isNotEqualTo(base);
        assertThat(key("we propose gat.")).isNotEqualTo(base); // names are copied verbatim: case matters
        assertThat(ExtractionCache.key("abstract", "We propose GAT.", "Qwen/Qwen3-8B-FP8", "abc123", "paper-kg/extraction/v1"))
                .isNotEqualTo(base);
        assertThat(ExtractionCache.key("abstract", "We propose GAT.", "Qwen/Qwen3-8B", "abc124", "paper-kg/extraction/v1"))
                .isNotEqualTo(base);
        assertThat(ExtractionCache.key("abstract", "We propose GAT.", "Qwen/Qwen3-8B", "abc123", "paper-kg/extraction/v2"))
                .isNotEqualTo(base);
        assertThat(ExtractionCache.key("fulltext", "We propose GAT.", "Qwen/Qwen3-8B", "abc123", "paper-kg/extraction/v1"))
                .isNotEqualTo(base);
        assertThat(base).matches("[0-9a-f]{64}");
    }

    @Test
    void rejectsKeysThatCouldEscapeTheFolder() {
        ExtractionCache cache = new ExtractionCacheOnDisk(dir, SCHEMA);
        assertThatThrownBy(() -> cache.get("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
