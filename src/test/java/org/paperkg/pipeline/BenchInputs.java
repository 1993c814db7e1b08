package org.paperkg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Benchmark corpora on disk: JSON Lines files of 100 records each, as an export would come. */
final class BenchInputs {

    private static final int PER_FILE = 100;

    private BenchInputs() {
    }

    /** Writes the records into {@code dir} in files of 100; the folder. */
    static Path write(Path dir, List<String> records) throws IOException {
        Files.createDirectories(dir);
        for (int from = 0, file = 0; from < records.size(); from += PER_FILE, file++) {
            Files.write(dir.resolve(String.format("part-%04d.jsonl", file)),
                    records.subList(from, Math.min(records.size(), from + PER_FILE)));
        }
        return dir;
    }
}
