package org.paperkg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/** Writes an evaluation report as a Markdown table and as JSON. */
public final class ReportWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReportWriter() {
    }

    /** Writes {@code eval-<extractor>.md} and {@code eval-<extractor>.json} into {@code outDir}. */
    public static void write(EvalReport report, Path outDir) {
        String base = "eval-" + report.extractor().extractor();
        try {
            Files.createDirectories(outDir);
            Files.writeString(outDir.resolve(base + ".md"), markdown(report), StandardCharsets.UTF_8);
            Files.writeString(outDir.resolve(base + ".json"),
                    MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the evaluation report to " + outDir, e);
        }
    }

    public static String markdown(EvalReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# Evaluation of ").append(report.extractor().extractor()).append(" (")
                .append(report.extractor().model()).append(", ").append(report.extractor().promptVersion()).append(")\n\n");
        md.append("| dataset | docs | failures | items | grounding kept | abstracts/s |\n|---|---|---|---|---|---|\n");
        for (DatasetReport d : report.datasets()) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.1f |%n",
                    d.dataset(), d.docs(), d.failures(), d.items(), d.groundingKept(), d.docsPerSecond()));
        }
        md.append("\n## Mentions\n\n| dataset | type | gold | predicted | strict P | strict R | strict F1 | lenient P | lenient R | lenient F1 |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (DatasetReport d : report.datasets()) {
            for (TypeScore t : d.types()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                        d.dataset(), t.type(), t.strict().gold(), t.strict().predicted(), t.strict().precision(),
                        t.strict().recall(), t.strict().f1(), t.lenient().precision(), t.lenient().recall(), t.lenient().f1()));
            }
        }
        md.append("\n## Sentence roles\n\n| dataset | sentences | accuracy | macro-F1 | F1 per role |\n|---|---|---|---|---|\n");
        for (DatasetReport d : report.datasets()) {
            if (d.roles() != null) {
                StringBuilder per = new StringBuilder();
                new java.util.TreeMap<>(d.roles().f1ByRole()).forEach((r, f) ->
                        per.append(String.format(Locale.ROOT, "%s %.2f ", r, f)));
                md.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %s|%n", d.dataset(),
                        d.roles().sentences(), d.roles().accuracy(), d.roles().macroF1(), per));
            }
        }
        return md.toString();
    }
}
