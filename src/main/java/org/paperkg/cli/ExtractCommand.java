package org.paperkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperkg.extract.ExtractionException;
import org.paperkg.extract.ExtractionFormatter;
import org.paperkg.extract.ExtractionResult;
import org.paperkg.extract.ExtractionSchema;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.Languages;
import org.paperkg.pipeline.ExtractorChoice;
import org.paperkg.source.Paper;
import org.paperkg.source.PaperIds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code extract [FILE|-]}: one abstract in, its four elements out in the worked example's format
 * (【研究问题】… for Chinese, labelled lines for English), or the whole extraction with {@code --json}.
 */
@Component
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the research problem, method, results and data contribution of one abstract.")
class ExtractCommand implements Callable<Integer> {

    /** Abstracts longer than this are refused: this command is for one abstract. */
    private static final int MAX_BYTES = 1 << 20;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "a text file holding the abstract; - or none for standard input")
    String file;

    @Option(names = "--json", description = "print the full extraction as JSON (schema prompts/extraction.schema.json)")
    boolean json;

    private final ObjectProvider<ExtractorChoice> extractors;

    ExtractCommand(ObjectProvider<ExtractorChoice> extractors) {
        this.extractors = extractors;
    }

    @Override
    public Integer call() throws IOException {
        byte[] bytes = file == null || file.equals("-") ? System.in.readNBytes(MAX_BYTES + 1)
                : Files.readAllBytes(Path.of(file));
        String where = file == null || file.equals("-") ? "standard input" : file;
        if (bytes.length > MAX_BYTES) {
            System.err.println("extract: " + where + ": longer than 1 MiB; give one abstract");
            return 2;
        }
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            System.err.println("extract: " + where + ": empty, no abstract to read");
            return 2;
        }
        String lang = Languages.detect(text);
        Paper paper = new Paper(PaperIds.paperId(null, null, null, null, text), null, text, List.of(), null, null, null,
                null, null, lang, List.of(), List.of(), List.of(), "text");
        Extractor extractor = extractors.getObject().primary();
        try {
            ExtractionResult result = extractor.extract(paper);
            System.out.println(json ? ExtractionSchema.load().toJson(result.extraction())
                    : ExtractionFormatter.format(result.extraction(), lang));
            return 0;
        } catch (ExtractionException e) {
            System.err.println("extract: " + where + ": " + e.getMessage());
            return 1;
        }
    }
}
