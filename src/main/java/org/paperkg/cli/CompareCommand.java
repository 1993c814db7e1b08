package org.paperkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperkg.extract.ExtractionException;
import org.paperkg.extract.MethodComparer;
import org.paperkg.extract.MethodComparerResult;
import org.paperkg.source.InputFile;
import org.paperkg.source.Paper;
import org.paperkg.source.PaperSources;
import org.paperkg.source.SourceItem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code compare FILE...}: packs the papers' abstracts into one request (as many as the context holds,
 * oldest first) and asks the LLM how their methods compare and evolved.
 */
@Component
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Ask the LLM how the methods of several papers compare and evolved (needs paperkg.llm.base-urls).")
class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "papers in any input format (a JSON Lines file may hold them all)")
    List<Path> files;

    @Option(names = "--id", description = "only the papers with these ids (repeatable)")
    List<String> ids = new ArrayList<>();

    @Option(names = "--json", description = "print the comparison as JSON")
    boolean json;

    private final ObjectProvider<MethodComparer> comparer;
    private final ObjectProvider<PaperSources> sources;

    CompareCommand(ObjectProvider<MethodComparer> comparer, ObjectProvider<PaperSources> sources) {
        this.comparer = comparer;
        this.sources = sources;
    }

    @Override
    public Integer call() throws IOException {
        MethodComparer llm = comparer.getIfAvailable();
        if (llm == null) {
            spec.commandLine().getErr().println("compare: needs an LLM server; set paperkg.llm.base-urls");
            return 2;
        }
        List<Paper> papers = new ArrayList<>();
        for (Path f : files) {
            for (SourceItem item : sources.getObject().read(InputFile.of(f, Files.readAllBytes(f)))) {
                if (item.ok() && (ids.isEmpty() || ids.contains(item.paper().id()))) {
                    papers.add(item.paper());
                } else if (!item.ok()) {
                    spec.commandLine().getErr().println("compare: skipped " + item.failure());
                }
            }
        }
        if (papers.size() < 2) {
            spec.commandLine().getErr().println("compare: needs at least two papers, found " + papers.size());
            return 2;
        }
        try {
            MethodComparerResult result = llm.compare(papers);
            spec.commandLine().getOut().print(json ? JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(result) + "\n" : ComparisonText.format(result));
            return 0;
        } catch (ExtractionException e) {
            spec.commandLine().getErr().println("compare: " + e.getMessage());
            return 1;
        }
    }
}
