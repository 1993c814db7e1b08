package org.paperkg.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paperkg.BenchTable;

/**
 * TEI parsing speed: the real Grobid TEI files of the test fixtures (header-only, full text, citation
 * lists, 2 to 175 KB), parsed again and again by the reader the pipeline uses, on one thread. Run:
 * {@code mvn -o -q test -Dgroups=bench -DexcludedGroups=none -Dtest=TeiParseBench} ({@code -Dbench.docs}).
 */
@Tag("bench")
class TeiParseBench {

    @Test
    void parsesGrobidTei() throws SourceException {
        int docs = Integer.getInteger("bench.docs", 5000);
        List<byte[]> files = new ArrayList<>();
        Fixtures.files("fixtures/grobid/tei", ".xml").forEach(p -> files.add(bytes(p)));
        long totalBytes = files.stream().mapToLong(b -> b.length).sum();
        PaperSources sources = PaperSources.standard(SourceProperties.defaults(), GrobidProperties.off());
        parse(sources, files, docs / 5); // warm-up

        var timed = BenchTable.time(() -> parse(sources, files, docs));
        long bytes = timed.value();
        assertThat(bytes).isPositive();
        new BenchTable("TEI parsing (" + files.size() + " Grobid TEI files, " + totalBytes / files.size() / 1024
                + " KB on average, one thread, through PaperSources: sniffing, safe XML, TEI reading)",
                "documents", "wall s", "documents/s", "MB/s", "process CPU s")
                .row(docs, timed.seconds(), timed.perSecond(docs), bytes / 1e6 / timed.seconds(), timed.cpuSeconds())
                .print();
    }

    /** Reads {@code n} documents cycling through the files; the bytes read. */
    private static long parse(PaperSources sources, List<byte[]> files, int n) {
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            byte[] b = files.get(i % files.size());
            List<SourceItem> items = sources.read(InputFile.of(Path.of("doc-" + i + ".tei.xml"), b));
            if (items.isEmpty()) {
                throw new AssertionError("nothing read from document " + i);
            }
            bytes += b.length;
        }
        return bytes;
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
