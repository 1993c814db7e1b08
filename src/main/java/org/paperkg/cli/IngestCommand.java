package org.paperkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperkg.graph.GraphReader;
import org.paperkg.pipeline.IngestPipeline;
import org.paperkg.pipeline.IngestReport;
import org.paperkg.pipeline.IngestSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ingest <path>...}: ingests files and folders, prints a summary, exits 1 if any input failed. */
@Component
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest PDF, TEI, JSON Lines, PubMed XML and arXiv Atom files (folders are walked).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input ingested or unchanged", "1:some inputs failed or wait for a peer",
            "2:bad usage"})
class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to ingest")
    List<Path> paths;

    private final ObjectProvider<IngestPipeline> pipeline;
    private final ObjectProvider<GraphReader> graph;

    IngestCommand(ObjectProvider<IngestPipeline> pipeline, ObjectProvider<GraphReader> graph) {
        this.pipeline = pipeline;
        this.graph = graph;
    }

    @Override
    public Integer call() {
        for (Path p : paths) {
            if (!p.toFile().exists()) {
                System.err.println("ingest: " + p + ": no such file or folder");
                return 2;
            }
        }
        IngestReport report;
        try (ProgressListener progress = ProgressListener.forConsole()) {
            report = pipeline.getObject().ingest(paths, progress);
        }
        System.out.print(IngestSummary.format(report, graph.getObject().stats()));
        return report.allOk() ? 0 : 1;
    }
}
