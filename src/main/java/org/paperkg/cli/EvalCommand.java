package org.paperkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperkg.eval.Dataset;
import org.paperkg.eval.EvalOptions;
import org.paperkg.eval.EvalReport;
import org.paperkg.eval.EvalRunner;
import org.paperkg.eval.GoldDatasets;
import org.paperkg.eval.ReportWriter;
import org.paperkg.eval.Split;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.LlmExtractor;
import org.paperkg.ground.Grounder;
import org.paperkg.ground.TextGrounder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval --gold DIR}: runs extractors over the dev splits of gold datasets and writes the scores
 * as Markdown and JSON (see the README, Evaluation, for the datasets, the type mapping and the metrics).
 */
@Component
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extractors against gold datasets (dev splits): mention P/R/F1 strict and lenient, "
                + "sentence roles, grounding, abstracts per second.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored, no document failed", "1:scored, but some documents failed to extract",
            "2:bad usage (gold folder, dataset or extractor unknown or unavailable)"})
class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "folder holding the gold datasets, laid out as <dataset>/<file> (scierc/dev.json, ...)")
    Path gold;

    @Option(names = "--datasets", split = ",", paramLabel = "NAME",
            description = "datasets to score, comma-separated (default: all of ${COMPLETION-CANDIDATES})",
            completionCandidates = DatasetNames.class)
    List<String> datasets;

    @Option(names = "--extractor", split = ",", paramLabel = "NAME", defaultValue = "offline-v1",
            description = "extractors to score, comma-separated: rules (v0), offline-v1, llm (default: ${DEFAULT-VALUE})")
    List<String> extractors;

    @Option(names = "--models", paramLabel = "DIR",
            description = "offline-v1 weights from this folder (as written by 'train') instead of the shipped ones")
    Path models;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "eval-results",
            description = "where the reports go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "documents extracted at once (default: 1, or paperkg.llm.max-in-flight for llm)")
    Integer threads;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "score only the first N documents of each dataset (default: all)")
    int limit;

    private final ExtractorCatalog catalog;
    private final ObjectProvider<Grounder> grounder;

    EvalCommand(ExtractorCatalog catalog, ObjectProvider<Grounder> grounder) {
        this.catalog = catalog;
        this.grounder = grounder;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(gold)) {
            System.err.println("eval: --gold " + gold + ": no such folder");
            return 2;
        }
        List<String> names = datasets == null || datasets.isEmpty() ? GoldDatasets.NAMES : datasets;
        List<String> unknown = names.stream().filter(n -> !GoldDatasets.NAMES.contains(n)).toList();
        if (!unknown.isEmpty() || limit < 0 || (threads != null && threads < 1)) {
            System.err.println("eval: unknown dataset " + unknown + " (known: " + GoldDatasets.NAMES
                    + "), or --limit < 0, or --threads < 1");
            return 2;
        }
        List<Extractor> chosen = new ArrayList<>();
        for (String name : new LinkedHashSet<>(extractors)) {
            try {
                chosen.add(catalog.get(name, models));
            } catch (IllegalArgumentException | IllegalStateException e) {
                System.err.println("eval: --extractor " + name + ": " + e.getMessage());
                return 2;
            }
        }
        List<Dataset> loaded;
        try {
            loaded = GoldDatasets.load(gold, names, Split.DEV);
        } catch (RuntimeException e) {
            System.err.println("eval: " + e.getMessage());
            return 2;
        }
        EvalRunner runner = new EvalRunner(grounder.getIfAvailable(TextGrounder::new));
        List<EvalReport> reports = new ArrayList<>();
        for (Extractor e : chosen) {
            int n = threads != null ? threads : catalog.defaultThreads(e);
            // warming an offline extractor up is cheap and lets the JIT settle; an LLM's calls are not cheap
            int warmup = e instanceof LlmExtractor ? 0 : EvalOptions.defaults().warmup();
            reports.add(runner.run(e, loaded, new EvalOptions(n, limit, warmup)));
        }
        List<Path> written = ReportWriter.write(reports, out);
        System.out.print(written.stream().filter(p -> p.toString().endsWith(".md")).reduce((a, b) -> b)
                .map(EvalCommand::read).orElse(""));
        written.forEach(p -> System.out.println("wrote " + p));
        boolean failures = reports.stream().flatMap(r -> r.datasets().stream()).anyMatch(d -> d.failures() > 0);
        return failures ? 1 : 0;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The dataset names for picocli's help text. */
    static final class DatasetNames extends ArrayList<String> {
        DatasetNames() {
            super(GoldDatasets.NAMES);
        }
    }
}
