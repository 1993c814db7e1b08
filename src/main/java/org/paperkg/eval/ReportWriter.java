package org.paperkg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes evaluation reports: per extractor {@code eval-<extractor>.md} and {@code .json}, and
 * {@code eval-comparison.md} with the extractors side by side when there are several.
 */
public final class ReportWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReportWriter() {
    }

    /** Writes every report and, for two or more, the comparison; returns the files written. */
    public static List<Path> write(List<EvalReport> reports, Path outDir) {
        try {
            Files.createDirectories(outDir);
            List<Path> written = new java.util.ArrayList<>();
            for (EvalReport r : reports) {
                String base = "eval-" + r.extractor().extractor();
                written.add(Files.writeString(outDir.resolve(base + ".md"), ReportTables.single(r), StandardCharsets.UTF_8));
                written.add(Files.writeString(outDir.resolve(base + ".json"),
                        MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(r), StandardCharsets.UTF_8));
            }
            if (reports.size() > 1) {
                written.add(Files.writeString(outDir.resolve("eval-comparison.md"), ReportTables.comparison(reports),
                        StandardCharsets.UTF_8));
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the evaluation report to " + outDir, e);
        }
    }
}
