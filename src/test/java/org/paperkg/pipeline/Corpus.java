package org.paperkg.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real abstracts as JSON Lines records: CSAbstruct from the LLM tests' corpus
 * ({@code src/test/resources/extract/llm/corpus}, Apache-2.0, see SOURCES.md there), no two with the same
 * abstract, so each record is its own paper.
 */
final class Corpus {

    private static final String CS_ABSTRUCT = "/extract/llm/corpus/csabstruct.jsonl.gz";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Corpus() {
    }

    /** The first {@code n} distinct records (at most 1,963), each a JSON object on one line. */
    static List<String> records(int n) {
        List<String> out = new ArrayList<>(n);
        Set<String> seen = new HashSet<>();
        try (InputStream raw = Corpus.class.getResourceAsStream(CS_ABSTRUCT);
                BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line; out.size() < n && (line = r.readLine()) != null; ) {
                if (seen.add(JSON.readTree(line).path("abstract").asString())) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CS_ABSTRUCT, e);
        }
        if (out.size() < n) {
            throw new IllegalArgumentException("the corpus has " + out.size() + " distinct records, not " + n);
        }
        return out;
    }

    /**
     * {@code n} distinct records, repeating the corpus with a numbered variant of each abstract once it
     * runs out (for volumes beyond it); ids are left to the pipeline (a hash of title and abstract).
     */
    static List<String> variants(int n) {
        List<String> base = records(1_900);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            JsonNode o = JSON.readTree(base.get(i % base.size()));
            String text = o.path("abstract").asString();
            String varied = i < base.size() ? text : text + " This is variant " + (i / base.size()) + " of the study.";
            out.add(JSON.writeValueAsString(JSON.createObjectNode().put("title", "Paper " + i).put("abstract", varied)));
        }
        return out;
    }
}
